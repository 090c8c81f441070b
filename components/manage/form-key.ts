// Each new action result gets a new key, so the form remounts and shows the values returned with
// it (uncontrolled fields, selects included, otherwise keep what React's automatic reset restores).
const keys = new WeakMap<object, number>();
let counter = 0;

/** A key that changes whenever useActionState returns a new state object. */
export function formKeyOf(state: object): number {
  let key = keys.get(state);
  if (key === undefined) {
    counter += 1;
    key = counter;
    keys.set(state, key);
  }
  return key;
}
