/** Strings of issue #14 (privacy and resilience): erase confirmation, backups, refusals, two tabs, disk full, crash recovery. */
export default {
  en: {
    'audit.type.refused': 'Refused action', 'audit.type.workspace.erased': 'Previous workspace erased', 'audit.type.migrate': 'Data migrated',
  },
  ru: {
    'audit.type.refused': 'Отказано в действии', 'audit.type.workspace.erased': 'Прежнее рабочее пространство стёрто', 'audit.type.migrate': 'Данные перенесены',
  },
  pl: {
    'audit.type.refused': 'Odmowa wykonania', 'audit.type.workspace.erased': 'Usunięto poprzedni obszar roboczy', 'audit.type.migrate': 'Zmigrowano dane',
  },
};
