/**
 * Vilnius postal addresses as residents write them: Lithuanian (`Ukmergės g. 241-87, LT-09214
 * Vilnius`), and the Polish and Russian renderings (`ul. Ukmergės 241-87, Wilno`, `ул. Укмерго
 * 241-87, Вильнюс`), on one line or two (street, then postcode and city).
 */

// Lithuanian street kinds after the name: gatvė, prospektas, alėja, kelias, plentas, skersgatvis,
// aikštė, takas, krantinė.
const STREET_KIND = String.raw`(?:g|gatvė|pr|al|k|kel|pl|skg|a|aikštė|tak|krant|skv)\.?`;
const WORD = String.raw`[\p{Lu}][\p{L}'’.-]*`;
const LINK = String.raw`(?:ir|i|и|de|von)`;
const NUMBER = String.raw`\d{1,4}[\p{L}]?(?:\s?[-/]\s?\d{1,4}[\p{L}]?)?`;
// "Ukmergės g. 241-87", "Dariaus ir Girėno g. 29-2", "Saulėtekio al. 49-20"
const LITHUANIAN_STREET = new RegExp(String.raw`^(?:${WORD}\s(?:${LINK}\s)?){1,3}${STREET_KIND}\s?${NUMBER}`, 'u');
// "ul. Ukmergės 241-87", "al. Jana Pawła II 5", "ул. Укмерго 241-87", "пр. Конституцийос 3"
const PREFIXED_STREET = new RegExp(String.raw`^(?:ul|al|pl|os|ул|пр|просп|пер|пл|бул|ш)\.?\s(?:${WORD}\s(?:${LINK}\s)?){1,4}(?:д\.\s?)?${NUMBER}`, 'u');
const CITY = String.raw`(?:Vilnius|Vilniaus|Wilno|Вильнюс|Vilnius\s?r\.|[\p{Lu}][\p{Ll}]+)`;
// OCR reads the LT of a postcode as "11", "LI", "IT" (Cyrillic models most of all), the dash as an
// em dash or nothing, a zero as the letter O.
const POSTCODE = String.raw`(?<![\p{L}\d])(?:LT|L1|LI|IT|11|1T|Lt)\s?[-—–_.]?\s?([0-9OoDIl]{5})\b`;
const POSTCODE_ANYWHERE = new RegExp(POSTCODE, 'gu');
const POSTCODE_LINE = new RegExp(String.raw`^${POSTCODE}\s${CITY}`, 'u');
const CITY_ONLY = /^(Vilnius|Wilno|Вильнюс|Vilniaus m\.|Vilniaus r\.)$/u;

function correctPostcodes(line: string): string {
  return line.replace(POSTCODE_ANYWHERE, (_whole, digits: string) => `LT-${digits.replace(/[Oo]/g, '0').replace(/D/g, '0').replace(/[Il]/g, '1')}`);
}

/** The line as the desk will show it: OCR confusions in the postcode corrected, spacing normalised. */
export function tidyAddressLine(line: string): string {
  return correctPostcodes(line)
    .replace(/\s+,/g, ',')
    .replace(/,(?=\S)/g, ', ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A street with its house number opens the line: the first line of an address. */
export function isStreetLine(line: string): boolean {
  const tidy = tidyAddressLine(line);
  if (tidy.split(' ').length > 14) return false;
  return LITHUANIAN_STREET.test(tidy) || PREFIXED_STREET.test(tidy);
}

/** "LT-09214 Vilnius", or the city alone: the second line of a two-line address. */
export function isPostcodeLine(line: string): boolean {
  const tidy = tidyAddressLine(line);
  return (POSTCODE_LINE.test(tidy) && tidy.split(' ').length <= 5) || CITY_ONLY.test(tidy);
}

/** The address that starts at lines[start], and how many lines it took (0 when none starts there). */
export function readAddressAt(lines: readonly string[], start: number): { address: string; lines: number } | null {
  const first = lines[start];
  if (first === undefined) return null;
  if (isStreetLine(first)) {
    const next = lines[start + 1];
    const street = tidyAddressLine(first);
    const alreadyHasCity = /,\s*\S/.test(street) || new RegExp(POSTCODE, 'u').test(street);
    if (!alreadyHasCity && next !== undefined && isPostcodeLine(next)) {
      return { address: `${street.replace(/,$/, '')}, ${tidyAddressLine(next)}`, lines: 2 };
    }
    return { address: street, lines: 1 };
  }
  return null;
}

/** Letters and digits only, lower case: what two spellings of one address have in common. */
const addressKey = (address: string) => tidyAddressLine(address).toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Whether an address is one of the municipality's own (the recipient's), compared by street and
 * number so that "Konstitucijos pr. 3" alone, or with another spelling of the city, still counts.
 */
export function isOwnAddress(address: string, ownAddresses: readonly string[]): boolean {
  const key = addressKey(address);
  return ownAddresses.some((own) => {
    const street = addressKey(own.split(',')[0]);
    return key === addressKey(own) || (street.length > 0 && key.startsWith(street) && !/^\d/.test(key.slice(street.length)));
  });
}
