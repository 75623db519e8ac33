/**
 * Place names: countries, US states and large cities. A place is seldom the one who speaks
 * ("said Virginia delegate Jane Doe", "in Salem, New Hampshire, Trump said"), so the speaker
 * model reads whether a candidate is one. General knowledge, not any corpus's names.
 */
const NAMES = [
  // US states and the capital
  'Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois',
  'Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri',
  'Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington',
  'Wisconsin Wyoming',
  // countries and regions
  'America Afghanistan Albania Algeria Argentina Armenia Australia Austria Azerbaijan Bahrain Bangladesh Belarus',
  'Belgium Bolivia Bosnia Brazil Bulgaria Cambodia Cameroon Canada Chile China Colombia Congo Croatia Cuba Cyprus',
  'Denmark Ecuador Egypt England Estonia Ethiopia Europe Africa Asia Finland France Germany Ghana Greece Guatemala',
  'Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan Kazakhstan',
  'Kenya Korea Kosovo Kuwait Latvia Lebanon Libya Lithuania Malaysia Mali Mexico Moldova Mongolia Morocco',
  'Myanmar Nepal Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Palestine Panama Paraguay Peru',
  'Philippines Poland Portugal Qatar Romania Russia Rwanda Scotland Senegal Serbia Singapore Slovakia Slovenia',
  'Somalia Spain Sudan Sweden Switzerland Syria Taiwan Tanzania Thailand Tunisia Turkey Uganda Ukraine Uruguay',
  'Uzbekistan Venezuela Vietnam Wales Yemen Zambia Zimbabwe Crimea Gaza Tibet Xinjiang Kashmir',
  // large cities
  'Atlanta Baltimore Boston Chicago Cleveland Dallas Denver Detroit Houston Miami Milwaukee Minneapolis Nashville',
  'Orlando Philadelphia Phoenix Pittsburgh Portland Sacramento Seattle Tampa Beijing Shanghai Tokyo Seoul Moscow',
  'London Paris Berlin Madrid Rome Brussels Geneva Vienna Warsaw Kiev Kyiv Istanbul Ankara Cairo Tehran Baghdad',
  'Damascus Beirut Jerusalem Riyadh Dubai Kabul Islamabad Delhi Mumbai Bangkok Manila Jakarta Sydney Toronto',
  'Ottawa Havana Caracas Lagos Nairobi Johannesburg Mosul Aleppo Benghazi Manhattan Brooklyn Harlem Hollywood',
].flatMap((line) => line.split(' '));

const MULTI = [
  'New Hampshire',
  'New Jersey',
  'New Mexico',
  'New York',
  'North Carolina',
  'North Dakota',
  'South Carolina',
  'South Dakota',
  'Rhode Island',
  'West Virginia',
  'Washington D.C.',
  'United States',
  'United Kingdom',
  'Great Britain',
  'Saudi Arabia',
  'South Africa',
  'North Korea',
  'South Korea',
  'New Zealand',
  'Hong Kong',
  'Middle East',
  'Latin America',
  'Los Angeles',
  'San Francisco',
  'San Diego',
  'San Antonio',
  'Las Vegas',
  'New Orleans',
  'Des Moines',
  'Salt Lake City',
  'Kansas City',
  'St. Louis',
  'New Delhi',
  'Mexico City',
  'Tel Aviv',
  'U.S.',
  'US',
  'USA',
  'U.K.',
  'UK',
];

const PLACES = new Set([...NAMES, ...MULTI]);

/** True when `name` is a place ("Virginia", "New Hampshire", "the United States"). */
export function isPlace(name: string): boolean {
  return PLACES.has(name.replace(/^the\s+/i, ''));
}
