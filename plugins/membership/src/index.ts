export { membershipPlugin, MEMBERSHIP_PLUGIN_VERSION } from './membership-plugin.js';
export { membershipInvoiceEntity } from './membership-invoice.js';
export { financialYearOf, addDays } from './financial-year.js';
