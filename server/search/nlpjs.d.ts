/* The nlp.js language packages ship no types; we use their Snowball stemmers' one method. */
interface NlpjsStemmer {
  stemWord(word: string): string;
}
declare module '@nlpjs/lang-lt' {
  export const StemmerLt: new () => NlpjsStemmer;
}
declare module '@nlpjs/lang-pl' {
  export const StemmerPl: new () => NlpjsStemmer;
}
declare module '@nlpjs/lang-ru' {
  export const StemmerRu: new () => NlpjsStemmer;
}
declare module '@nlpjs/lang-en' {
  export const StemmerEn: new () => NlpjsStemmer;
}
