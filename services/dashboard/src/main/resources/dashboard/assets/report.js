// The monthly report's print button (no inline handlers: the content security policy forbids them).
document.addEventListener('DOMContentLoaded', () => {
  const button = document.getElementById('print');
  if (button) button.addEventListener('click', () => window.print());
});
