import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

/**
 * Kring's colours: a deep teal for trust and calm, a warm clay accent and a sand background.
 * Contrast (WCAG 2.2): white on teal.7 (#0b6b63) 6.4:1; teal.7 on white 6.4:1; teal.9 on
 * teal.0 9.3:1; white on clay.7 (#92401e) 7.1:1; body text (#212529) on sand 14.4:1.
 * Both stay above AA (4.5:1) for normal text.
 */
const teal: MantineColorsTuple = [
  '#e6f4f2',
  '#cce7e3',
  '#99cfc8',
  '#62b5ab',
  '#379e93',
  '#1d8c81',
  '#127d73',
  '#0b6b63',
  '#075a53',
  '#034842',
];

const clay: MantineColorsTuple = [
  '#fcefe8',
  '#f6dccd',
  '#ecb69b',
  '#e28e66',
  '#d96c3a',
  '#c5582a',
  '#ad4a20',
  '#92401e',
  '#78351a',
  '#5f2a16',
];

export const KRING_SAND = '#faf7f2';

export const kringTheme = createTheme({
  primaryColor: 'kringTeal',
  primaryShade: 7,
  colors: { kringTeal: teal, kringClay: clay },
  autoContrast: true,
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '700' },
  focusRing: 'auto',
});

/**
 * Mantine's default "dimmed" grey (gray.6) and error red (red.6) are about 3.3:1 on white: too
 * faint for AA (4.5:1) for hints, error messages and the text of invalid inputs.
 */
export const kringCssVariables: CSSVariablesResolver = (theme) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': theme.colors.gray[7] ?? '#495057',
    '--mantine-color-error': theme.colors.red[9] ?? '#c92a2a',
    '--mantine-color-body': KRING_SAND,
    '--mantine-color-anchor': teal[7],
  },
  dark: {},
});
