import { describe, expect, it } from 'vitest';
import { createAnchor } from '../../../src/core/anchoring/createAnchor';
import { kindFromSelection } from '../../../src/core/statements/kindFromSelection';

/** The kind guessed for `needle` selected in `text`, with the context an anchor keeps. */
function kindOf(text: string, needle: string, occurrence = 0): string {
  let at = text.indexOf(needle);
  for (let i = 0; i < occurrence; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`"${needle}" is not in the text`);
  const anchor = createAnchor(text, at, at + needle.length);
  if (!anchor) throw new Error('no anchor');
  return kindFromSelection(anchor.exact, anchor.prefix, anchor.suffix);
}

const treasury =
  '“The United States is committed to using the full breadth of its financial powers to promote accountability,” the Treasury Department said in announcing the sanctions.';
const blinken =
  'Secretary of State Antony Blinken said in a statement that China "continues to commit genocide and crimes against humanity in Xinjiang."';
const hua =
  "Chinese Foreign Ministry spokesperson Hua Chunying called the U.S. government's Xinjiang-related actions “absurdity,” during a press conference.";

describe('kindFromSelection: Direct when the selection is enclosed in quotation marks', () => {
  it('curly marks just outside the selection, with or without the comma before the closing mark', () => {
    expect(
      kindOf(
        treasury,
        'The United States is committed to using the full breadth of its financial powers to promote accountability,',
      ),
    ).toBe('direct');
    expect(
      kindOf(
        treasury,
        'The United States is committed to using the full breadth of its financial powers to promote accountability',
      ),
    ).toBe('direct');
  });

  it('curly marks as the first and last characters of the selection', () => {
    expect(
      kindOf(
        treasury,
        '“The United States is committed to using the full breadth of its financial powers to promote accountability,”',
      ),
    ).toBe('direct');
  });

  it('one mark inside, the other just outside', () => {
    expect(kindOf(treasury, '“The United States is committed')).toBe('mixed');
    expect(kindOf('“The door to Xinjiang is always open,” Hua said.', '“The door to Xinjiang is always open,')).toBe(
      'direct',
    );
  });

  it('straight double and single marks', () => {
    expect(kindOf(blinken, 'continues to commit genocide and crimes against humanity in Xinjiang.')).toBe('direct');
    expect(
      kindOf(
        "Progressive groups call for Biden to denounce evictions of Palestinians as 'war crimes' on Monday.",
        'war crimes',
      ),
    ).toBe('direct');
  });

  it('guillemets either way round, German low-high marks and Japanese corner brackets', () => {
    expect(kindOf('Le ministre a déclaré : « Nous ne céderons pas », selon l’AFP.', 'Nous ne céderons pas')).toBe(
      'direct',
    );
    expect(
      kindOf('Der Minister sagte: »Wir werden nicht nachgeben«, berichtete die dpa.', 'Wir werden nicht nachgeben'),
    ).toBe('direct');
    expect(kindOf('Scholz sagte: „Das ist ein Wendepunkt“, und verließ den Saal.', 'Das ist ein Wendepunkt')).toBe(
      'direct',
    );
    expect(kindOf('Scholz sagte: „Das ist ein Wendepunkt“, und verließ den Saal.', '„Das ist ein Wendepunkt“')).toBe(
      'direct',
    );
    expect(kindOf('岸田首相は「日本は毅然と対応する」と述べた。', '日本は毅然と対応する')).toBe('direct');
    expect(kindOf('報道官は『遺憾だ』と語った。', '『遺憾だ』')).toBe('direct');
  });

  it('a sentence of a longer quotation whose opening mark is just before it', () => {
    const hua =
      '“It is absurd,” Hua said. “The door to Xinjiang is always open. We welcome all who want to visit the region.”';
    expect(kindOf(hua, 'The door to Xinjiang is always open.')).toBe('direct');
    expect(kindOf(hua, 'Hua said.')).toBe('indirect');
  });

  it('keeps a quotation nested in another one direct', () => {
    expect(kindOf('He said: “They told me ‘never again’ and left.”', 'They told me ‘never again’ and left.')).toBe(
      'direct',
    );
  });
});

describe('kindFromSelection: Mixed when the selection contains some quotation marks', () => {
  it('reported speech with a quoted word', () => {
    expect(kindOf(hua, "called the U.S. government's Xinjiang-related actions “absurdity,”")).toBe('mixed');
  });

  it('straight marks around part of the selection', () => {
    expect(kindOf(blinken, 'China "continues to commit genocide and crimes against humanity in Xinjiang."')).toBe(
      'mixed',
    );
  });

  it('a quotation split around its attribution', () => {
    const split =
      '“These designations include Wang Junzheng,” the Treasury Department said. “The United States is committed.”';
    expect(kindOf(split, split)).toBe('mixed');
  });
});

describe('kindFromSelection: Indirect otherwise', () => {
  it('reported speech with no marks', () => {
    expect(kindOf(treasury.replace(/[“”]/g, ''), 'the Treasury Department said in announcing the sanctions')).toBe(
      'indirect',
    );
    expect(
      kindOf(
        'The sanctions are part of a coordinated effort with the European Union, the Treasury Department said.',
        'The sanctions are part of a coordinated effort with the European Union',
      ),
    ).toBe('indirect');
  });

  it('apostrophes and possessives are not quotation marks', () => {
    expect(
      kindOf(
        'He said China’s government violated the Uyghurs’ rights in Xinjiang.',
        'China’s government violated the Uyghurs’ rights in Xinjiang',
      ),
    ).toBe('indirect');
    expect(
      kindOf(
        "It's the government's view that sanctions won't work.",
        "the government's view that sanctions won't work",
      ),
    ).toBe('indirect');
  });

  it('an empty or blank selection', () => {
    expect(kindFromSelection('   ')).toBe('indirect');
  });
});
