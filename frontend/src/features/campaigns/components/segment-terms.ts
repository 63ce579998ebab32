/** The term being typed: what follows the last `,` or `|`, without a leading `!`. */
export function currentTerm(rule: string): { prefix: string; head: string } {
  const cut = Math.max(rule.lastIndexOf(','), rule.lastIndexOf('|'));
  const head = rule.slice(0, cut + 1);
  let prefix = rule.slice(cut + 1).trimStart();
  let bang = '';
  if (prefix.startsWith('!')) {
    bang = '!';
    prefix = prefix.slice(1);
  }
  return { prefix: prefix.trim().toLowerCase(), head: head + bang };
}

/** The terms already used in the rule (to avoid suggesting them again). */
export function usedTags(rule: string): Set<string> {
  return new Set(
    rule
      .split(/[,|]/)
      .map((t) => t.trim().replace(/^!/, '').toLowerCase())
      .filter(Boolean),
  );
}
