/** Strings of the colour-theme setting (#13), in English, Russian and Polish. */
export default {
  en: {
    'theme.title': 'Colour theme',
    'theme.help': 'Follow your device, or always use a light or a dark theme. Saved on this device.',
    'theme.system': 'Same as the device',
    'theme.light': 'Light',
    'theme.dark': 'Dark',
  },
  ru: {
    'theme.title': 'Цветовая тема',
    'theme.help': 'Как на устройстве или всегда светлая либо тёмная. Сохраняется на этом устройстве.',
    'theme.system': 'Как на устройстве',
    'theme.light': 'Светлая',
    'theme.dark': 'Тёмная',
  },
  pl: {
    'theme.title': 'Motyw kolorów',
    'theme.help': 'Jak na urządzeniu albo zawsze jasny lub ciemny. Zapisywany na tym urządzeniu.',
    'theme.system': 'Jak na urządzeniu',
    'theme.light': 'Jasny',
    'theme.dark': 'Ciemny',
  },
};
