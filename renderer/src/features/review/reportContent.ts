// What the doctor report asks and says (content brief section 4; questions from seed 003), in the app's words.
export const reportQuestions = [
  'What is the most likely cause of my pain?',
  'Do I need any scans or tests, such as an X-ray or MRI?',
  'What treatment options do I have?',
  'How long should recovery take, and what can I do to help it?',
  'Are there exercises or activities I should avoid for now?',
  'What could happen in the long run if this is not treated?',
  'When can I get back to my normal activities?',
];

export const reportSources = ['Content brief section 4', 'seed 003 (communicating concerns; questions to ask a doctor)', 'Farrar 2001 (0–10 scale)'];

export const selfReportedNotice = 'Self-reported by the patient in Limber, a desk-habits app. Not a diagnosis and not a clinical record.';
