/**
 * Strings of role gating (#13): why an action is left out or disabled for an analyst, and the names of the
 * admin-only actions the audit log shows for refused calls (storage/admin-actions.ts) — English, Russian, Polish.
 */
export default {
  en: {
    'role.runs.deleteAdminOnly': 'Deleting runs is for administrators: ask one to delete a run you no longer need.',
    'role.adminOnlyReason': 'Only an administrator can do this.',
    'role.nav.adminScreens': 'Models, Users and the Audit log are for administrators.',
    'audit.action.models.train': 'Store a trained model', 'audit.action.models.activate': 'Activate a model',
    'audit.action.models.rollback': 'Return to the previous model', 'audit.action.models.delete': 'Delete a model',
    'audit.action.models.export': 'Export a model', 'audit.action.models.import': 'Import a model',
    'audit.action.models.customers.read': 'View the customer models', 'audit.action.models.customers.retrain': 'Retrain the customer models',
    'audit.action.models.customers.schedule': 'Change the retraining schedule',
    'audit.action.models.customers.activate': 'Activate a customer model', 'audit.action.models.customers.rollback': 'Return to the previous customer model',
    'audit.action.models.customers.delete': 'Delete a customer model', 'audit.action.models.customers.export': 'Export a customer model',
    'audit.action.models.customers.import': 'Import a customer model',
  },
  ru: {
    'role.runs.deleteAdminOnly': 'Удалять прогоны могут только администраторы: попросите администратора удалить ненужный прогон.',
    'role.adminOnlyReason': 'Это может сделать только администратор.',
    'role.nav.adminScreens': 'Модели, пользователи и журнал аудита доступны только администраторам.',
    'audit.action.models.train': 'Сохранить обученную модель', 'audit.action.models.activate': 'Активировать модель',
    'audit.action.models.rollback': 'Вернуться к предыдущей модели', 'audit.action.models.delete': 'Удалить модель',
    'audit.action.models.export': 'Экспортировать модель', 'audit.action.models.import': 'Импортировать модель',
    'audit.action.models.customers.read': 'Просмотреть модели клиентов', 'audit.action.models.customers.retrain': 'Переобучить модели клиентов',
    'audit.action.models.customers.schedule': 'Изменить расписание переобучения',
    'audit.action.models.customers.activate': 'Активировать модель клиентов', 'audit.action.models.customers.rollback': 'Вернуться к предыдущей модели клиентов',
    'audit.action.models.customers.delete': 'Удалить модель клиентов', 'audit.action.models.customers.export': 'Экспортировать модель клиентов',
    'audit.action.models.customers.import': 'Импортировать модель клиентов',
  },
  pl: {
    'role.runs.deleteAdminOnly': 'Usuwać przebiegi mogą tylko administratorzy: poproś administratora o usunięcie niepotrzebnego przebiegu.',
    'role.adminOnlyReason': 'Tylko administrator może to zrobić.',
    'role.nav.adminScreens': 'Modele, użytkownicy i dziennik audytu są tylko dla administratorów.',
    'audit.action.models.train': 'Zapisanie wytrenowanego modelu', 'audit.action.models.activate': 'Aktywacja modelu',
    'audit.action.models.rollback': 'Powrót do poprzedniego modelu', 'audit.action.models.delete': 'Usunięcie modelu',
    'audit.action.models.export': 'Eksport modelu', 'audit.action.models.import': 'Import modelu',
    'audit.action.models.customers.read': 'Podgląd modeli klientów', 'audit.action.models.customers.retrain': 'Ponowne trenowanie modeli klientów',
    'audit.action.models.customers.schedule': 'Zmiana harmonogramu ponownego trenowania',
    'audit.action.models.customers.activate': 'Aktywacja modelu klientów', 'audit.action.models.customers.rollback': 'Powrót do poprzedniego modelu klientów',
    'audit.action.models.customers.delete': 'Usunięcie modelu klientów', 'audit.action.models.customers.export': 'Eksport modelu klientów',
    'audit.action.models.customers.import': 'Import modelu klientów',
  },
};
