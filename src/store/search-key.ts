// People search matches "zoe" to "Zoë" and "ozturk" to "Öztürk": names are compared in lower
// case without diacritics, the same way in both engines.

export function searchKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
