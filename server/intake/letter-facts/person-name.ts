/**
 * Whether a line is a person's name: two to four capitalised words (initials allowed, hyphenated
 * and O'Brien-style surnames too) in the Lithuanian, Polish, Russian or English alphabet, and no
 * word that opens, closes or heads a letter.
 */

const NAME_WORD = /^(?:[\p{Lu}][\p{Ll}]+(?:[-'’][\p{Lu}][\p{Ll}]+)*|[\p{Lu}]['’][\p{Lu}][\p{Ll}]+|[\p{Lu}]\.)$/u;
const PARTICLE = /^(?:van|von|de|da|di|del|der|la|le|bin|ibn|al)$/;

// Capitalised words that head or open a letter and so cannot be a name, whatever follows them.
const NOT_NAME_WORDS = new Set([
  'prašymas', 'skundas', 'pranešimas', 'pareiškimas', 'dėl', 'gerbiamieji', 'gerbiamas', 'gerbiama', 'laba', 'sveiki',
  'pagarbiai', 'szanowni', 'szanowny', 'szanowna', 'państwo', 'wniosek', 'skarga', 'prośba', 'dzień', 'pozdrawiam',
  'заявление', 'жалоба', 'уважаемые', 'уважаемый', 'уважаемая', 'добрый', 'здравствуйте', 'спасибо',
  'dear', 'sir', 'madam', 'hello', 'request', 'complaint', 'subject', 'regards', 'thanks', 'yours', 'kind', 'best',
  'vilnius', 'vilniaus', 'wilno', 'вильнюс', 'lietuva', 'lithuania', 'litwa', 'литва', 'tel', 'el',
]);

export function isPersonName(line: string): boolean {
  const words = line.replace(/,$/, '').split(' ');
  if (words.length < 2 || words.length > 4) return false;
  let fullWords = 0;
  for (const word of words) {
    if (PARTICLE.test(word)) continue;
    if (!NAME_WORD.test(word)) return false;
    if (NOT_NAME_WORDS.has(word.toLowerCase())) return false;
    if (!word.endsWith('.')) fullWords++;
  }
  // Mixed scripts in one name ("Борис Levin") is OCR noise or a heading, not a person.
  const latin = /\p{Script=Latin}/u.test(line);
  const cyrillic = /\p{Script=Cyrillic}/u.test(line);
  return fullWords >= 1 && !(latin && cyrillic);
}
