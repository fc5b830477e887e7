// "When to get help" in the app's own words (content brief, section 5). Guidance, never a diagnosis.
export interface HelpLevel {
  id: 'emergency' | 'urgent' | 'routine';
  title: string;
  action: string;
  groups: readonly { heading: string; signs: readonly string[] }[];
  sources: readonly string[];
}

export const helpLevels: readonly HelpLevel[] = [
  {
    id: 'emergency',
    title: 'Call your local emergency number now',
    action: 'Call your local emergency number or go to an emergency department straight away if you have any of these.',
    groups: [
      {
        heading: 'With back pain',
        signs: [
          'Numbness or tingling around the genitals, buttocks or inner thighs',
          'New trouble passing urine, or losing control of your bladder or bowels',
          'New loss of feeling during sex',
          'Weakness, numbness or tingling in both legs, or legs that suddenly feel weak or clumsy',
          'Chest pain',
          'Pain after a serious fall or accident',
        ],
      },
      {
        heading: 'With neck pain',
        signs: [
          'Sudden weakness or loss of coordination in your arms or legs',
          'New numbness in your face, an arm or a hand',
          'Fainting, double vision, or trouble speaking or swallowing',
        ],
      },
    ],
    sources: ['NHS trust self-care pages for back and neck pain', 'British Association of Spine Surgeons: cauda equina', 'Seed articles 000 and 003'],
  },
  {
    id: 'urgent',
    title: 'Get medical advice today',
    action: 'Contact a doctor or an urgent care service the same day if you have any of these.',
    groups: [
      {
        heading: 'Signs',
        signs: [
          'A temperature of 38 °C or more, or feeling generally unwell',
          'Weight loss you cannot explain',
          'A lump, swelling or change in the shape of your back, or a lump that grows fast, is red or feels warm',
          'Pain that rest does not ease, or that is worse at night',
          'A stiff neck with a high temperature and a severe headache',
          'New numbness or weakness in an arm, or clumsy hands',
          'Sharp, shooting pain down a leg with numbness or weakness',
        ],
      },
    ],
    sources: ['NHS trust self-care pages for back and neck pain', 'Seed articles 000 and 003'],
  },
  {
    id: 'routine',
    title: 'Book a routine appointment',
    action: 'See a GP, doctor or physiotherapist if any of these apply.',
    groups: [
      {
        heading: 'Signs',
        signs: [
          'Pain that has not improved after a few days, or after a few weeks of looking after yourself',
          'Pain that stops you doing your daily activities',
          'Pain that is severe or getting worse',
          'You are worried about it or finding it hard to cope',
        ],
      },
      {
        heading: 'Seek advice sooner if you',
        signs: [
          'Are over 50 and the back pain is new',
          'Have had cancer',
          'Have a weakened immune system',
          'Have taken steroids for a long time, or have osteoporosis',
          'Have recently had an infection',
        ],
      },
    ],
    sources: ['NHS trust self-care pages for back and neck pain', 'Seed article 001: back spasms'],
  },
];
