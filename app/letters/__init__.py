"""Letters and exports: .docx from letter_templates/, outgoing numbers, exports, packs."""
