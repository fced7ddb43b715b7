/** The query keys of the provider portal's resources, in one place so changes can refresh each other. */
export const profileKeys = { all: ['provider-profile'] as const };

/** The latest payment of the administrative fee. */
export const paymentKeys = { latest: ['provider-payment', 'latest'] as const };
