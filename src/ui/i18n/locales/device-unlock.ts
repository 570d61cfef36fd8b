/** Strings of "keep this device unlocked" (#13), in English, Russian and Polish. */
export default {
  en: {
    'unlock.title': 'Keep this device unlocked',
    'unlock.help': 'Normally every reload asks for your password, because the keys that open your data live only in this tab\'s memory. With this on, the keys are kept in this browser (usable here, but they cannot be copied out) for the time you choose after each sign-in, so reloading does not ask for the password.',
    'unlock.tradeoff': 'The trade-off: until the time runs out, anyone who can use this browser profile can open the workspace without your password. Signing out, the idle lock and the end of the time remove the keys. Use it only on a device that only you use.',
    'unlock.label': 'Stay unlocked after signing in for',
    'unlock.off': 'Off (ask for the password on every reload)',
    'unlock.hours': '{n} h',
    'unlock.until': 'This device stays unlocked until {when}.',
  },
  ru: {
    'unlock.title': 'Не блокировать это устройство',
    'unlock.help': 'Обычно после каждой перезагрузки страницы нужен пароль: ключи к вашим данным хранятся только в памяти вкладки. Если включить, ключи сохраняются в этом браузере (ими можно пользоваться здесь, но их нельзя скопировать) на выбранное время после каждого входа, и перезагрузка не требует пароля.',
    'unlock.tradeoff': 'Цена: пока время не истекло, любой, кто может открыть этот профиль браузера, откроет рабочее пространство без пароля. Выход, блокировка по бездействию и истечение времени удаляют ключи. Включайте только на устройстве, которым пользуетесь только вы.',
    'unlock.label': 'Не блокировать после входа в течение',
    'unlock.off': 'Выключено (пароль при каждой перезагрузке)',
    'unlock.hours': '{n} ч',
    'unlock.until': 'Устройство не заблокировано до {when}.',
  },
  pl: {
    'unlock.title': 'Nie blokuj tego urządzenia',
    'unlock.help': 'Zwykle każde przeładowanie strony wymaga hasła, bo klucze do Twoich danych są tylko w pamięci karty. Po włączeniu klucze są przechowywane w tej przeglądarce (można ich tu używać, ale nie można ich skopiować) przez wybrany czas po każdym zalogowaniu, więc przeładowanie nie pyta o hasło.',
    'unlock.tradeoff': 'Koszt: do końca tego czasu każdy, kto może użyć tego profilu przeglądarki, otworzy obszar roboczy bez hasła. Wylogowanie, blokada po bezczynności i upływ czasu usuwają klucze. Włączaj tylko na urządzeniu, z którego korzystasz wyłącznie Ty.',
    'unlock.label': 'Nie blokuj po zalogowaniu przez',
    'unlock.off': 'Wyłączone (hasło przy każdym przeładowaniu)',
    'unlock.hours': '{n} godz.',
    'unlock.until': 'To urządzenie pozostaje odblokowane do {when}.',
  },
};
