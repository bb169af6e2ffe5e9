/**
 * JSON for a `<script type="application/json">` element. The HTML parser ends that element at the
 * first `</script`, whatever JSON thinks of it, so every `<` is written as its JSON escape: a
 * label or note containing markup can then never cut the data short or inject a tag.
 */
export const scriptJson = (value: unknown): string => JSON.stringify(value).replaceAll('<', '\\u003c');
