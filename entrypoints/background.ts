export default defineBackground(() => {
  // Filled in by later issues: context menu, shortcuts, saving.
});
