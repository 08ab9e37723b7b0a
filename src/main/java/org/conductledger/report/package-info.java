/**
 * Printed documents: the forms (登记表, 备案表, 呈批表 …), the registers (台账) and the annual review, as PDF
 * (A4, GB/T 9704 layout, fonts embedded) and .xlsx. Reaches data through services only; never JavaFX.
 */
package org.conductledger.report;
