/** Settings of the profile that its page and its downloadable pictures share. */

/** The country this profile is about. */
export const PROFILE_COUNTRY = 'PER';

/** The first year of the chart of people from Venezuela: when their arrivals began to grow. */
export const VENEZUELANS_FROM = 2015;
