/**
 * Shows or clears one field's message, right after the field, and ties it to the field for
 * assistive technology: aria-invalid, and the message first in aria-describedby (the field's
 * note, `<id>-n`, stays described after it).
 */
export function showError(control: HTMLInputElement | HTMLSelectElement, message: string | undefined): void {
  const id = `${control.id}-e`;
  let box = document.getElementById(id);
  if (message) {
    if (!box) {
      box = document.createElement('p');
      box.id = id;
      box.className = 'dc-error';
      control.after(box);
    }
    if (box.textContent !== message) box.textContent = message;
    control.setAttribute('aria-invalid', 'true');
    control.setAttribute('aria-describedby', `${id} ${control.id}-n`);
  } else {
    box?.remove();
    control.removeAttribute('aria-invalid');
    control.setAttribute('aria-describedby', `${control.id}-n`);
  }
}
