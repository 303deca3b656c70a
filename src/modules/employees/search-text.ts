/** What the employee list searches: name (without punctuation of titles) and NIP, lower-cased. */
export const searchTextOf = (name: string, nip: string) =>
  `${name} ${nip}`.toLowerCase().replace(/[.,]/g, " ").replace(/\s+/g, " ");
