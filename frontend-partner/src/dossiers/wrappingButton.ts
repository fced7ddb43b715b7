/**
 * Styles for a button whose text may be longer than a phone is wide (the fee's amount, French):
 * the text wraps inside the button instead of being cut off.
 */
export const WRAPPING_BUTTON = {
  root: { height: 'auto', minHeight: 36, paddingBlock: 6, maxWidth: '100%' },
  label: { whiteSpace: 'normal', textAlign: 'center', lineHeight: 1.3 },
} as const;
