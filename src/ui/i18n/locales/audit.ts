/** Names of audit-log event types, in English, Russian and Polish. */
export default {
  en: {
    'audit.type.signin.success': 'Signed in', 'audit.type.signin.failure': 'Failed sign-in', 'audit.type.signout': 'Signed out',
    'audit.type.lock': 'Locked (idle)', 'audit.type.setup': 'Workspace created', 'audit.type.user.add': 'User added',
    'audit.type.user.remove': 'User removed', 'audit.type.user.role': 'Role changed', 'audit.type.user.disable': 'User disabled',
    'audit.type.user.enable': 'User enabled', 'audit.type.user.reset': 'Password reset', 'audit.type.import': 'Import',
    'audit.type.export': 'Export', 'audit.type.retrain': 'Model retrained', 'audit.type.activate': 'Model activated',
    'audit.type.delete': 'Deletion', 'audit.type.backup.export': 'Backup exported', 'audit.type.backup.restore': 'Backup restored',
    'audit.type.settings': 'Settings changed',
  },
  ru: {
    'audit.type.signin.success': 'Вход', 'audit.type.signin.failure': 'Неудачный вход', 'audit.type.signout': 'Выход',
    'audit.type.lock': 'Блокировка (бездействие)', 'audit.type.setup': 'Создано рабочее пространство', 'audit.type.user.add': 'Добавлен пользователь',
    'audit.type.user.remove': 'Удалён пользователь', 'audit.type.user.role': 'Изменена роль', 'audit.type.user.disable': 'Пользователь отключён',
    'audit.type.user.enable': 'Пользователь включён', 'audit.type.user.reset': 'Сброс пароля', 'audit.type.import': 'Импорт',
    'audit.type.export': 'Экспорт', 'audit.type.retrain': 'Модель переобучена', 'audit.type.activate': 'Модель активирована',
    'audit.type.delete': 'Удаление', 'audit.type.backup.export': 'Резервная копия выгружена', 'audit.type.backup.restore': 'Резервная копия восстановлена',
    'audit.type.settings': 'Изменены настройки',
  },
  pl: {
    'audit.type.signin.success': 'Logowanie', 'audit.type.signin.failure': 'Nieudane logowanie', 'audit.type.signout': 'Wylogowanie',
    'audit.type.lock': 'Blokada (bezczynność)', 'audit.type.setup': 'Utworzono obszar roboczy', 'audit.type.user.add': 'Dodano użytkownika',
    'audit.type.user.remove': 'Usunięto użytkownika', 'audit.type.user.role': 'Zmieniono rolę', 'audit.type.user.disable': 'Wyłączono użytkownika',
    'audit.type.user.enable': 'Włączono użytkownika', 'audit.type.user.reset': 'Zresetowano hasło', 'audit.type.import': 'Import',
    'audit.type.export': 'Eksport', 'audit.type.retrain': 'Ponownie wytrenowano model', 'audit.type.activate': 'Aktywowano model',
    'audit.type.delete': 'Usunięcie', 'audit.type.backup.export': 'Wyeksportowano kopię zapasową', 'audit.type.backup.restore': 'Przywrócono kopię zapasową',
    'audit.type.settings': 'Zmieniono ustawienia',
  },
};
