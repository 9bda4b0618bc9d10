export { membershipPlugin, MEMBERSHIP_PLUGIN_VERSION } from './membership-plugin.js';
export { membershipInvoiceEntity } from './membership-invoice.js';
// Kept for users of 0.1: the date helpers now live in @tessera/core's calendar; import them there.
export { financialYearOf, addDays } from '@tessera/core';
