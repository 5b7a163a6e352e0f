/**
 * Fills a message: `{name}` with the value, and `{name|one|other}` with the form the language's
 * plural rules choose for that value ("1 record", "2 records"; in French 0 and 1 take the first).
 */
export type MessageVars = Readonly<Record<string, string | number>>;

/** A count as given (a number, or already formatted as "1,234" or "1 234"). */
const countOf = (v: string | number | undefined) =>
  typeof v === 'number' ? v : Number(String(v ?? '').replace(/[^\d.-]/g, ''));

export function formatMessage(
  message: string,
  vars: MessageVars | undefined,
  plural: Intl.PluralRules,
): string {
  return message
    .replace(/\{(\w+)\|([^}]*)\}/g, (_, name: string, forms: string) => {
      const [one = '', other = one] = forms.split('|');
      return plural.select(countOf(vars?.[name])) === 'one' ? one : other;
    })
    .replace(/\{(\w+)\}/g, (_, name: string) => String(vars?.[name] ?? ''));
}
