// MkDocs (Python-Markdown), which builds these pages for TechDocs, needs content nested in a list
// item (sub-lists, code blocks) indented by four spaces; Prettier indents it by the list marker's
// width unless tabWidth is 4. Code blocks keep their own formatting.
module.exports = {
    ...require('@backstage/cli/config/prettier'),
    tabWidth: 4,
    embeddedLanguageFormatting: 'off',
};
