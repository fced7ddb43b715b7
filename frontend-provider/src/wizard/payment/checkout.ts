/**
 * Leaves Kring for the payment provider's checkout (the bank's iDEAL page; in development the
 * sandbox's page on this server). A module of its own so tests can stand in for the browser.
 */
export function goToCheckout(url: string): void {
  window.location.assign(url);
}
