import { useMutation } from '@apollo/client/react';
import { EMAIL_MAX_LENGTH, PERSON_NAME_MAX, STAFF_ROLES } from '@kizuna/domain';
import { Checkbox, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  CreateStaffMemberDocument,
  type StaffMemberRowFragment,
  UpdateStaffMemberDocument,
} from '../../../gql/graphql';
import { FormDrawer } from '../shared/form-drawer';
import {
  CREATE_STAFF_FIELDS,
  checkStaff,
  serializeCreateStaff,
  serializeUpdateStaff,
  type StaffFormValues,
  UPDATE_STAFF_FIELDS,
} from './staff-form.serializer';

function RoleCheckboxes() {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="roles"
      label={t('admin.staff.roles')}
      extra={t('admin.staff.rolesHelp')}
      required
    >
      <Checkbox.Group
        options={STAFF_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
      />
    </Form.Item>
  );
}

/** A new staff member: email, name, roles and an initial password. */
export function CreateStaffForm({
  onDone,
  onClose,
}: {
  onDone: (staffMember: StaffMemberRowFragment) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [create] = useMutation(CreateStaffMemberDocument, {
    refetchQueries: ['AdminStaffMembers'],
  });
  return (
    <FormDrawer<StaffFormValues, StaffMemberRowFragment>
      title={t('admin.staff.create')}
      okText={t('admin.staff.create')}
      fields={CREATE_STAFF_FIELDS}
      initialValues={{ roles: ['OPERATOR'] }}
      check={(values) => checkStaff(values, 'create')}
      send={async (values) => {
        const { data } = await create({ variables: { input: serializeCreateStaff(values) } });
        const payload = data?.createStaffMember;
        return payload && { result: payload.staffMember, userErrors: payload.userErrors };
      }}
      onDone={onDone}
      onClose={onClose}
    >
      <Form.Item name="email" label={t('admin.staff.email')} required>
        <Input type="email" autoComplete="off" maxLength={EMAIL_MAX_LENGTH} autoFocus />
      </Form.Item>
      <Form.Item name="displayName" label={t('admin.staff.displayName')} required>
        <Input maxLength={PERSON_NAME_MAX} />
      </Form.Item>
      <RoleCheckboxes />
      <Form.Item
        name="password"
        label={t('admin.staff.password')}
        extra={t('admin.staff.passwordHelp')}
        required
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </FormDrawer>
  );
}

/** A staff member's name and roles (the email is their sign-in and stays). */
export function EditStaffForm({
  staffMember,
  onDone,
  onClose,
}: {
  staffMember: StaffMemberRowFragment;
  onDone: (staffMember: StaffMemberRowFragment) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [update] = useMutation(UpdateStaffMemberDocument);
  return (
    <FormDrawer<StaffFormValues, StaffMemberRowFragment>
      title={t('admin.staff.editTitle', { name: staffMember.displayName })}
      okText={t('admin.common.save')}
      fields={UPDATE_STAFF_FIELDS}
      initialValues={{
        displayName: staffMember.displayName,
        roles: [...(staffMember.roles ?? [])],
      }}
      check={(values) => checkStaff(values, 'update')}
      send={async (values) => {
        const { data } = await update({
          variables: { input: serializeUpdateStaff(staffMember.id, values) },
        });
        const payload = data?.updateStaffMember;
        return payload && { result: payload.staffMember, userErrors: payload.userErrors };
      }}
      onDone={onDone}
      onClose={onClose}
    >
      <Form.Item label={t('admin.staff.email')}>
        <Input value={staffMember.email ?? ''} disabled />
      </Form.Item>
      <Form.Item name="displayName" label={t('admin.staff.displayName')} required>
        <Input maxLength={PERSON_NAME_MAX} autoFocus />
      </Form.Item>
      <RoleCheckboxes />
    </FormDrawer>
  );
}
