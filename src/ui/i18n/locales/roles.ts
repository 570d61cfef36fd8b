/** Strings of role gating (#13): why an action is left out or disabled for an analyst, in English, Russian and Polish. */
export default {
  en: {
    'role.runs.deleteAdminOnly': 'Deleting runs is for administrators: ask one to delete a run you no longer need.',
    'role.adminOnlyReason': 'Only an administrator can do this.',
  },
  ru: {
    'role.runs.deleteAdminOnly': 'Удалять прогоны могут только администраторы: попросите администратора удалить ненужный прогон.',
    'role.adminOnlyReason': 'Это может сделать только администратор.',
  },
  pl: {
    'role.runs.deleteAdminOnly': 'Usuwać przebiegi mogą tylko administratorzy: poproś administratora o usunięcie niepotrzebnego przebiegu.',
    'role.adminOnlyReason': 'Tylko administrator może to zrobić.',
  },
};
