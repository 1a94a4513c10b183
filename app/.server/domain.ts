/** What routes need from the domain beyond services: boundary schemas and a few constants. */
export { webPetitionSchema, statusChangeSchema, noteSchema, trackingLookupSchema } from '../../server/cases/case.schema';
export { INBOX_VIEWS, type InboxView } from '../../server/cases/list-inbox';
export { departmentUpdateSchema } from '../../server/departments/update-department';
export { newUserSchema, userUpdateSchema } from '../../server/auth/manage-users';
export { ROLES } from '../../server/auth/user';
export { extensionSchema } from '../../server/cases/extend-deadline';
