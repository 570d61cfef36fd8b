/** Strings of the settings feature, in English, Russian and Polish. */
export default {
  en: {},
  ru: {},
  pl: {},
};
