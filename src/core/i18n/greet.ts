// A greeting with the person's name when we know it: "Hallo Sanne", or just "Hallo" (a Teams
// install event carries no name, and a member look-up can fail). Never "Hallo ,".
export function greet(word: string, name: string | null | undefined): string {
  const n = name?.trim();
  return n ? `${word} ${n}` : word;
}

/** "Sanne, jij bent..." with a name, "Jij bent..." without: `rest` starts after the pronoun. */
export function addressed(name: string | null | undefined, pronoun: string, rest: string): string {
  const n = name?.trim();
  return n ? `${n}, ${pronoun.toLowerCase()}${rest}` : `${pronoun}${rest}`;
}
