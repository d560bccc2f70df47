/** The stopword package ships no type declarations: its lists are arrays of words keyed by ISO 639-3 code. */
declare module 'stopword' {
  const lists: Record<string, string[]>;
  export = lists;
}
