/** How a registry list names its entries: "speakers" and "Speakers", "topics" and "Topics". */
export type RegistryNoun = { many: string; title: string };
