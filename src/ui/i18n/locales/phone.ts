/** Strings of the narrow-screen layout (the folded navigation), in English, Russian and Polish. */
export default {
  en: { 'shell.menu': 'Menu' },
  ru: { 'shell.menu': 'Меню' },
  pl: { 'shell.menu': 'Menu' },
};
