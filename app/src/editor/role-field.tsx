import { parseRoleArn } from '@trustwright/core';
import { useId } from 'react';
import { useWorkspace } from '../state/workspace-store';

/** The role the policy sits on: optional, decides same-account versus cross-account. */
export function RoleField({ readOnly }: { readonly readOnly: boolean }) {
  const role = useWorkspace((s) => s.role);
  const setRole = useWorkspace((s) => s.setRole);
  const id = useId();
  const parsed = role.trim() === '' ? undefined : parseRoleArn(role.trim());
  const error = parsed !== undefined && 'error' in parsed ? parsed.error : undefined;
  return (
    <div className="field role-field">
      <label htmlFor={id}>Role ARN (optional)</label>
      <input
        id={id}
        value={role}
        readOnly={readOnly}
        spellCheck={false}
        placeholder="arn:aws:iam::444455556666:role/SecurityAudit"
        aria-invalid={error !== undefined ? true : undefined}
        aria-describedby={`${id}-hint`}
        onChange={(e) => setRole(e.target.value)}
      />
      {error !== undefined ? (
        <p className="field-error" id={`${id}-hint`} role="alert">
          {error}
        </p>
      ) : (
        <small className="hint" id={`${id}-hint`}>
          {parsed === undefined || 'error' in parsed
            ? 'Without it, callers are not known to be same-account or cross-account.'
            : `Account ${parsed.account}: callers from other accounts also need their own permission.`}
        </small>
      )}
    </div>
  );
}
