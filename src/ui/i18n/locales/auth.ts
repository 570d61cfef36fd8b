/** Strings of the auth feature, in English, Russian and Polish. */
export default {
  en: {},
  ru: {},
  pl: {},
};
