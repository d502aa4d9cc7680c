import { skillsIn } from './taxonomy';

// Senses found by reading the corpus's mentions (audited-senses.ts): the words in another sense,
// then the same words as the skill.
describe('the common skills read in their other senses', () => {
  it.each([
    ['Assistant to the CFO of the organization, its components, and its employee benefit plans.', 'Organization'],
    [
      'Staff recruitment, development and management in three regions supporting the world-wide organization',
      'Organization',
    ],
    ['Poster at the International Association of Dental Research, New Orleans, 2007.', 'Research'],
    [
      'Continuous process improvements and key capital investments, with no increase in staff.',
      'Investment management',
    ],
    ['Closed $70 Million in strategic Investment Banking solutions', 'Investment management'],
    ['Skills: Network asset management, Project management', 'Investment management'],
    ['Improve our Salesforce Sales Cloud and Marketing Cloud solutions', 'Sales'],
    ['Feel free to reach out to us via email at recruitment@outliant.com.', 'Recruiting'],
    ['Experience with shipping software for Linux and macOS.', 'Logistics'],
    ['Managed post production, editing, packaging, distribution, and content servicing', 'Logistics'],
    ['Journalism, Media Production, and Radio/TV', 'Manufacturing processes'],
    [
      'Maintain records as required by laws, district policies, or administrative regulations.',
      'Administrative support',
    ],
    ['Deliverables are met within budget, on schedule and to defined quality standards.', 'Scheduling'],
    ['Prepare and issue checks; make direct deposits; upload SafePay files to the bank.', 'Cash management'],
    ['Prepared income statements, balance sheet, and statement of cash flows each month', 'Cash management'],
    ['Create and optimize 3D graphics, shaders, and rendering techniques', 'Graphic design'],
    ['Keep up with the latest trends in AI technology to continuously improve our platforms.', 'Process improvement'],
    ['Build tools to help other teams build new capabilities themselves.', 'Team leadership'],
    ["We're passionate about building a diverse team of humans.", 'Team leadership'],
    ['Interpreted sketches or verbal instructions with little or no supervision.', 'Team leadership'],
    ['Attends on-going staff development at Southeast Middle School', 'Staff training'],
    [
      'Maintain the front-end in accordance with Company policies and procedures by handling claims.',
      'Policy development',
    ],
    ['Participated in international trade show.', 'Event planning'],
    ['An engineer specializing in Security Information and Event Management (SIEM)', 'Event planning'],
    ['Member, Society for Human Resource Management', 'Human resources'],
    ['Conformance testing with an Agilent 83480A Digital Communication Analyzer', 'Communication'],
    ['Ensured all regional programming and activities comply with the Code of Conduct', 'Software development'],
    ['Languages: Conversational Spanish', 'Bilingual'],
    [
      'Bachelor of Science : Business Administration Finance , May 2010 University of North Carolina',
      'Administration and management',
    ],
    ['Master of Business Administration : Finance 2011 University of Delaware , City , State , USA', 'Finance'],
    ['Developed accurate and reliable financial statements that aided in business decision-making.', 'Decision making'],
    [
      'I work well with others, as well as on my own. I am seeking a career where I can develop and excel while',
      'Microsoft Excel',
    ],
    [
      'Associate of Arts : Technical Communications , 2012 West Central Technical College - City , State',
      'Communications',
    ],
    ['Clean food preparation areas, cooking surfaces, and utensils.', 'Food preparation'],
    ['Proficient in speaking, reading and writing in English and Spanish.', 'Presentation skills'],
    [
      'Resolved all customer complaints in a professional manner while prioritizing customer satisfaction.',
      'Time management',
    ],
    ['Interpret both current weather and weather forecasts provided by the FAA', 'Forecasting'],
    [
      'Recruit high caliber candidates through online social networking, direct sourcing, community involvement',
      'Purchasing',
    ],
    ['Writing and running test scripts in HPQC for different scenarios.', 'Writing'],
    ['Database Access Methods ADO.Net, ODBC', 'Microsoft Access'],
    ['Processed payroll, electronic deposits and employee pay adjustments', 'Electrical engineering'],
    ["Saved over $20,000 as a result of a Worker's Compensation Insurance, Sales and Use Tax Audit.", 'Compensation'],
    ['Drafting correspondence, data entry in various computer systems', 'Drafting'],
    [
      'Developed new process for employee evaluation which resulted in marked performance improvements.',
      'Process engineering',
    ],
    ['Georgia State University (GSU) College of Law, Jurist Doctor, Atlanta, GA', 'Law'],
    ['Presented menus to patrons and answer questions about menu items, making recommendations', 'Menu planning'],
    ['Maximization of Skilled Nursing Facility State & Federal (Medicare) Reimbursement programs', 'Nursing'],
    ['Helped develop a variety of menu items catering to customers with food allergies', 'Catering'],
    ['10+ years of experience in leading development teams (20+ engineers), hiring', 'Lead generation'],
    ['Experienced in AIX Migration Installation, upgrades of IBM AIX', 'Installation'],
  ])('reads "%s" in another sense: no %s', (text, skill) => {
    expect(skillsIn(text)).not.toContain(skill);
  });

  it.each([
    ['Excellent organization, time management and communication skills', 'Organization'],
    ['Conducted research to identify grant opportunities', 'Research'],
    ['Managed a portfolio of $18 billion in client investments', 'Investment management'],
    ['Prepared monthly reports to the CFO', 'Reporting'],
    ['Skills: shipping, receiving, inventory', 'Logistics'],
    ['Skills: production, scheduling, quality control', 'Manufacturing processes'],
    ['Provided administrative support to the CEO', 'Administrative support'],
    ['Scheduled appointments and maintained staff schedules', 'Scheduling'],
    ['Handled cash deposits and balanced the cash drawer', 'Cash management'],
    ['Skills: graphic design, layout, typography', 'Graphic design'],
    ['Led continuous improvement of the assembly process', 'Process improvement'],
    ['Provided supervision of 12 cashiers', 'Team leadership'],
    ['Developed and revised policies and procedures for the clinic', 'Policy development'],
    ['Planned and coordinated trade shows and special events', 'Event planning'],
    ['Skills: human resources, payroll, onboarding', 'Human resources'],
    ['Fluent in Spanish and English', 'Bilingual'],
    ['Skills: business administration, budgeting', 'Administration and management'],
    ['Skills: food preparation, cooking, sanitation', 'Food preparation'],
    ['Advanced Excel: pivot tables and VLOOKUP', 'Microsoft Excel'],
    ['Strong decision-making and problem-solving skills', 'Decision making'],
    ['Skills: sourcing, purchasing, vendor management', 'Purchasing'],
    ['Skills: AutoCAD, drafting, blueprints', 'Drafting'],
    ['Skills: menu planning, food costing, catering', 'Catering'],
    ['Installation of HVAC units and electrical panels', 'Installation'],
  ])('still reads "%s" as %s', (text, skill) => {
    expect(skillsIn(text)).toContain(skill);
  });
});
