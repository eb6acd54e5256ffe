/**
 * Maps of lists (a term's paragraphs, a surname's people): add a value to its key's list, made on
 * the first. Spread copies (`[...(map.get(k) ?? []), v]`) made these quadratic on long pages.
 */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
