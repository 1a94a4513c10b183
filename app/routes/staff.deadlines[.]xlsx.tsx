/** /staff/deadlines.xlsx: the same download as /staff/deadlines.csv, as a workbook. */
export { loader } from './staff.deadlines[.]csv';
