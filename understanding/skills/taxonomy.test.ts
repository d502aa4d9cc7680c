import { extractSkills, normalizeSkill, normalizeSkills, skillsIn } from './taxonomy';

describe('skill normalization', () => {
  it.each([
    ['golang', 'Go'],
    ['Golang', 'Go'],
    ['JS', 'JavaScript'],
    ['javascript', 'JavaScript'],
    ['ECMAScript', 'JavaScript'],
    ['C#', 'C#'],
    ['c#', 'C#'],
    ['csharp', 'C#'],
    ['C', 'C'],
    ['C++', 'C++'],
    ['cpp', 'C++'],
    ['k8s', 'Kubernetes'],
    ['postgres', 'PostgreSQL'],
    ['node', 'Node.js'],
    ['NodeJS', 'Node.js'],
    ['node.js', 'Node.js'],
    ['ReactJS', 'React'],
    ['.net', '.NET'],
    ['Structured query language SQL', 'SQL'],
    ['Apache Kafka', 'Apache Kafka'],
    ['kafka', 'Apache Kafka'],
    ['MS Excel', 'Microsoft Excel'],
    ['Atlassian JIRA', 'Jira'],
  ])('%s → %s', (typed, canonical) => {
    expect(normalizeSkill(typed)).toBe(canonical);
  });

  it.each([
    // O*NET names products with their vendor and edition; people write them without.
    ['Crystal Reports', 'SAP Crystal Reports'],
    ['JD Edwards', 'Oracle JD Edwards EnterpriseOne'],
    ['Creo Parametric', 'PTC Creo Parametric'],
    ['MS Project', 'Microsoft Project'],
    ['MS Visio', 'Microsoft Visio'],
  ])('%s → %s (vendor and edition left out)', (typed, canonical) => {
    expect(normalizeSkill(typed)).toBe(canonical);
  });

  it('reads a bare product name of ordinary words only as written, capitalized', () => {
    expect(skillsIn('Built a data pipeline; ran marketing automation; held organizations together.')).toEqual([]);
    expect(skillsIn('Skills: Data Pipeline, Business Objects, Windows Server')).toEqual([
      'Amazon Data Pipeline',
      'SAP Business Objects',
      'Microsoft Windows Server',
    ]);
    // A capitalized word alone keeps its number: "Organization" is organizing, "Sales" no "sale".
    expect(normalizeSkill('organizations')).toBeNull();
    expect(normalizeSkill('sale')).toBeNull();
  });

  it('lends no ordinary word a product name without its vendor', () => {
    // "Ansys Fluent" and "Cerner ProFile": vendors found by counting O*NET's names lend no single word.
    expect(skillsIn('Fluent in Spanish and French. Updated each candidate profile, Excel, Word.')).toEqual(
      expect.not.arrayContaining(['Ansys Fluent', 'Cerner ProFile']),
    );
    expect(normalizeSkill('Fluent')).toBeNull();
  });

  it('keeps C, C# and C++ apart and drops what it does not know', () => {
    expect(new Set(normalizeSkills(['C', 'C#', 'C++', 'c', 'Basket weaving']))).toEqual(new Set(['C', 'C#', 'C++']));
    expect(normalizeSkill('NET')).toBeNull();
  });

  it("reads a skill's own name as that skill, never as another's alias", () => {
    expect(normalizeSkill('Supply chain management')).toBe('Supply chain management');
    expect(normalizeSkill('site safety')).toBe('Site safety');
    expect(normalizeSkill('procurement')).toBe('Purchasing');
    expect(skillsIn('Supply chain management, procurement')).toEqual(['Supply chain management', 'Purchasing']);
  });
});

describe('skill extraction', () => {
  const posting = `Requirements:
- 5+ years with Go, Python and PostgreSQL; k8s and Terraform on AWS.
- Familiarity with React/Next.js and Node.js is a plus.
We go above and beyond. Vitamin C matters. React quickly to incidents. Our chef cooks on site.`;

  it('finds canonical skills with evidence spans that point at the text', () => {
    const mentions = extractSkills(posting);
    for (const m of mentions) expect(posting.slice(m.start, m.end)).toBe(m.text);
    expect(mentions.find((m) => m.skill === 'Kubernetes')?.text).toBe('k8s');
    expect(skillsIn(posting)).toEqual([
      'Go',
      'Python',
      'PostgreSQL',
      'Kubernetes',
      'Terraform',
      'AWS',
      'React',
      'Next.js',
      'Node.js',
    ]);
  });

  it('reads office tools written in lower case only beside one that is no ordinary word', () => {
    expect(skillsIn('Microsoft- word, excel, power point, access, outlook')).toEqual([
      'Microsoft Word',
      'Microsoft Excel',
      'Microsoft PowerPoint',
      'Microsoft Access',
      'Microsoft Outlook',
    ]);
    // Ordinary words vouch for none of each other, nor does "software" after one of them.
    expect(skillsIn('I have access to the outlook of the project, word of mouth')).toEqual([]);
    expect(skillsIn('Implement and support business office software solutions')).toEqual([]);
  });

  it('reads a name its makers write in lower case capitalized in a list, not the animal', () => {
    expect(skillsIn('Proficiency in libraries such as NumPy, Pandas, Scikit-Learn, Matplotlib, & Seaborn.')).toEqual([
      'NumPy',
      'pandas',
      'scikit-learn',
      'Matplotlib',
      'Seaborn',
    ]);
    expect(skillsIn('We saw giant Pandas at the zoo')).toEqual([]);
  });

  it('reads the engineering teams one works with as teams, and their practice as a skill', () => {
    expect(skillsIn('We are 250+ engineers across Frontend, Backend, SRE and QA.')).toEqual([]);
    expect(skillsIn('Work closely with DevOps teams and infrastructure partners')).not.toContain('DevOps');
    expect(skillsIn('Experience with DevOps practices, TDD and infrastructure as code')).toEqual([
      'DevOps',
      'Test-driven development',
      'Infrastructure as code',
    ]);
  });

  it('reads a product named with its platform as that platform too, but not a developer tool named for it', () => {
    expect(skillsIn('Experience with AWS Glue, Azure Data Factory and Google Cloud Pub/Sub')).toEqual([
      'AWS Glue',
      'AWS',
      'Azure Data Factory',
      'Microsoft Azure',
      'Google Cloud Pub/Sub',
      'Google Cloud',
    ]);
    expect(skillsIn('AWS services such as S3, EKS, SNS and SQS')).toEqual([
      'AWS',
      'Amazon S3',
      'Amazon EKS',
      'Amazon SNS',
      'Amazon SQS',
    ]);
    expect(skillsIn('Pipelines in Azure DevOps')).toEqual(['Azure DevOps']);
    // ECR alone is a supply chain's efficient consumer response.
    expect(skillsIn('Category management and Efficient Consumer Response (ECR)')).not.toContain('Amazon ECR');
  });

  it('reads tool names that are also jobs, foods or words only in a list of skills', () => {
    const barista = skillsIn('Meat Packer, Hive inspector; made Mocha and Espresso drinks as a Barista');
    for (const tool of ['HashiCorp Packer', 'Apache Hive', 'Mocha', 'Espresso']) expect(barista).not.toContain(tool);
    expect(skillsIn('Tools: Packer, Consul, Terraform; tests in Mocha and Espresso')).toEqual(
      expect.arrayContaining(['HashiCorp Packer', 'HashiCorp Consul', 'Terraform']),
    );
  });

  it('knows the certifications and office and IT tools resumes list (a CPA, a CNA, ITIL, an Avaya PBX)', () => {
    expect(skillsIn('Certifications: CPA, CNA, ITIL Foundation, MCSE, CompTIA A+ certification')).toEqual([
      'CPA',
      'Certified nursing assistant',
      'ITIL',
      'MCSE',
      'CompTIA A+',
    ]);
    expect(skillsIn('Supported Avaya PBX and VoIP phone systems; read electrical schematics')).toEqual([
      'Avaya',
      'PBX',
      'VoIP',
      'Office equipment',
      'Blueprint reading',
    ]);
    // A grade and a news agency are no certification and no terminal.
    expect(
      skillsIn('Certifications: EMT-B, NASM-CPT, PHR, Teaching Certificate, CISSP, Security+, EPA 608, TWIC'),
    ).toEqual([
      'EMT certification',
      'Personal trainer certification',
      'HR certification',
      'Teaching certification',
      'CISSP',
      'CompTIA Security+',
      'EPA 608 certification',
      'TWIC',
    ]);
    // RMA is a return authorization in a warehouse, not a medical assistant's registration.
    expect(skillsIn('Process RMA returns and orders')).not.toContain('Certified medical assistant');
    const graduate = skillsIn('Graduated with an A+ average; quoted by Bloomberg News');
    expect(graduate).not.toContain('CompTIA A+');
    expect(graduate).not.toContain('Bloomberg Terminal');
  });

  it('knows the machine-learning tools postings ask for', () => {
    expect(skillsIn('Experience with MLflow, LightGBM, Plotly and Hugging Face Transformers')).toEqual([
      'MLflow',
      'LightGBM',
      'Plotly',
      'Hugging Face',
    ]);
  });

  // Words of a skill's name in another sense (other-senses.ts), and the same words as the skill.
  it.each([
    ['We want a workforce with the skills to excel in client service.', 'Microsoft Excel'],
    ['Candidates who excel will be promoted; you will excel at building relationships.', 'Microsoft Excel'],
    ['Excel at multitasking', 'Microsoft Excel'],
    ['Computer proficient Excel in customer service', 'Microsoft Excel'],
    ['Able to work independently under limited supervision.', 'Team leadership'],
    ['Ability to self-direct work with minimal supervision', 'Team leadership'],
    ['Experience managing and mentoring direct reports', 'Reporting'],
    ['Hands-on production experience with Apache Spark and production systems', 'Manufacturing processes'],
    ['Experience writing tests and writing efficient SQL queries', 'Writing'],
    ['You will play a vital role in our growth.', 'Vital signs'],
    ['We are one of the fastest growing fintechs.', 'FastEST'],
    ['1. Hiring manager interview (30 minutes) 2. Technical interview (60 minutes)', 'Meeting planning'],
    ['We raised $100M in our Series C with a $550M valuation.', 'Appraisal'],
    ['Works on complex projects, receiving only general direction.', 'Inventory management'],
    ['The base salary range is $118,000 - $187,800 CAD, or CAD 115,169 in Quebec.', 'Drafting'],
    ['Own the design, development, testing, and maintenance of our mobile apps.', 'Equipment maintenance'],
    ['Implement CRUD operations on customer records.', 'Operations management'],
    ['Design, testing, deployment and operations', 'Operations management'],
  ])('reads "%s" in another sense: no %s', (text, skill) => {
    expect(skillsIn(text)).not.toContain(skill);
  });

  it.each([
    ['Proficient in Excel in a fast-paced office', 'Microsoft Excel'],
    ['Word and Excel in daily reporting', 'Microsoft Excel'],
    ['Advanced excel skills', 'Microsoft Excel'],
    ['experience with excel', 'Microsoft Excel'],
    ['Created Excel reports', 'Microsoft Excel'],
    ['Provided supervision of 12 cashiers', 'Team leadership'],
    ['Assisted with supervision of new staff', 'Team leadership'],
    ['Experience managing and mentoring direct reports', 'Team leadership'],
    ['Strong writing and editing skills', 'Writing'],
    ['Skills: production, scheduling, quality control', 'Manufacturing processes'],
    ['Skills: vitals, triage, patient care', 'Vital signs'],
    ['Recorded and distributed minutes of board meetings', 'Meeting planning'],
    ['Skills: agendas, minutes, filing', 'Meeting planning'],
    ['Skills: valuation, appraisal', 'Appraisal'],
    ['Skills: shipping, receiving, inventory', 'Inventory management'],
    ['Skills: blueprints, CAD, AutoCAD', 'Drafting'],
    ['Managed daily operations for 59 employees', 'Operations management'],
    ['Skills: Operations management, Budgeting', 'Operations management'],
    ['Performed preventative maintenance of equipment and software updates', 'Equipment maintenance'],
    ['Skills: Deployment, Maintenance, Welding', 'Equipment maintenance'],
    ['Machine operation and maintenance', 'Equipment maintenance'],
  ])('still reads "%s" as %s', (text, skill) => {
    expect(skillsIn(text)).toContain(skill);
  });

  it('reads a department one works with as no skill, and the same names claimed as skills', () => {
    for (const text of [
      'Align stakeholders, including Sales, Marketing, Product, Finance, and Customer Success.',
      'Collaborate with Product Management, Engineering and Marketing to improve the product.',
      'Partner with Marketing to ensure top-quality leads.',
      'Our Sales Engineering organization is growing; join the Sales team.',
    ])
      for (const skill of ['Sales', 'Marketing', 'Finance', 'Customer service'])
        expect(skillsIn(text)).not.toContain(skill);
    expect(skillsIn('Skills: Sales, Marketing, Finance')).toEqual(['Sales', 'Marketing', 'Finance']);
    expect(skillsIn('10 years of Sales experience')).toContain('Sales');
  });

  it('reads professional skills in the other languages real postings use', () => {
    expect(skillsIn('Élaboration des menus, gestion des stocks, contrôle des coûts matières')).toEqual([
      'Menu planning',
      'Inventory management',
      'Cost control',
    ]);
    expect(skillsIn('Pflege und Betreuung von Patienten, Medikamentengabe, Wundversorgung')).toEqual([
      'Medication administration',
      'Wound care',
    ]);
    expect(skillsIn('Gestión del aula y planificación de clases')).toEqual(['Classroom management', 'Lesson planning']);
    expect(skillsIn('Montagem de estruturas em madeira, leitura de plantas')).toEqual(['Blueprint reading']);
    expect(skillsIn('Vaardigheden: btw-aangiften, voorraadbeheer')).toEqual([
      'Tax preparation',
      'Inventory management',
    ]);
    // A single word that is also an ordinary one counts in a list only, as the English one does.
    expect(skillsIn('Kompetenzen: Verkauf, Kundenservice, Buchhaltung')).toEqual([
      'Sales',
      'Customer service',
      'Bookkeeping',
    ]);
    expect(skillsIn('Der Verkauf unserer Produkte läuft gut')).toEqual([]);
  });

  it('does not read ordinary words as skills', () => {
    const prose =
      'We go above and beyond. Vitamin C matters. React quickly to incidents. Our chef cooks; the spring menu changes.';
    expect(skillsIn(prose)).toEqual([]);
  });

  it('reads ACT! only as the contact manager, and customs only in the plural', () => {
    expect(skillsIn('Reconcile and act as lead accountant; built custom reports in Excel.')).toEqual([
      'Microsoft Excel',
    ]);
    expect(skillsIn('Proficient with Salesforce, Oracle, ACT!, Microsoft Office')).toContain('Act!');
    expect(skillsIn('Prepared import documentation for customs.')).toEqual(['Customs compliance']);
  });

  it('reads no skill from a verb in the progressive ("Acme is hiring"), only from a claim', () => {
    expect(skillsIn('Acme is hiring engineers, and we are recruiting now.')).toEqual([]);
    expect(skillsIn('Responsible for hiring, training and scheduling.')).toContain('Recruiting');
  });

  it('reads no event planning from "events" alone, nor a sale from a store\'s closing', () => {
    expect(skillsIn('In the event of an outage we respond. Alerted customers to sales events.')).toEqual([]);
    expect(skillsIn('Closing and opening store duties.')).not.toContain('Closing sales');
    expect(skillsIn('Planned corporate events and trade shows.')).toContain('Event planning');
    expect(skillsIn('Skilled in closing deals and prospecting.')).toContain('Closing sales');
  });

  it('reads a name across a wrapped line, never across a line that starts anew', () => {
    expect(skillsIn('Highlights\nAccount\nmanagement\nClient relationship')).toContain('Account management');
    expect(skillsIn('Key Account\nManagement Team')).not.toContain('Account management');
  });

  it('reads a name across the wrap of a comma list, never across a break after a list mark', () => {
    const wrappedList =
      'Excel, Word skills *IFS, Macola, NetSuite, ADP Payroll, Tool$, Crystal\nReports, Global, QuickBooks';
    expect(skillsIn(wrappedList)).toContain('SAP Crystal Reports');
    expect(skillsIn('Excel, Word, Visio, Crystal,\nReports, Global, QuickBooks')).not.toContain('SAP Crystal Reports');
    expect(skillsIn('IFS, Macola, NetSuite, Crystal\nReports were filed monthly')).not.toContain('SAP Crystal Reports');
  });

  it('prefers the longest name at a position', () => {
    expect(skillsIn('Built apps in React Native and Spring Boot')).toEqual(['React Native', 'Spring Boot']);
  });
});

describe('skills of every occupation', () => {
  it.each([
    // The tenth session's trades, clinics, salons, apparel houses and federal contractors.
    [
      'Sheet metal, hydraulic systems, composite repair and vibration analysis',
      ['Sheet metal', 'Hydraulics', 'Composites', 'Vibration analysis'],
    ],
    ['Oncology/Transplant RN; ICU and telemetry experience', ['Oncology', 'Critical care', 'Telemetry']],
    ['Knowledge of FDA regulations; experience developing SOPs', ['FDA regulations', 'Standard operating procedures']],
    [
      'Clinical documentation integrity and HCC coding experience',
      ['Clinical documentation improvement', 'Risk adjustment'],
    ],
    [
      'federal contracting, capture strategy, FAR/DFARS',
      ['Government contracting', 'Capture management', 'Federal Acquisition Regulation'],
    ],
    ['Bridal makeup, facial waxing, permanent waving', ['Makeup application', 'Waxing', 'Chemical hair services']],
    ['Technical sketches, line sheets, fit approvals', ['Technical sketching', 'Line sheets', 'Garment fitting']],
    ['Software development life cycle with an emphasis on regression testing', ['SDLC', 'Software testing']],
    [
      'Policy/Program Development; program evaluation',
      ['Policy development', 'Program development', 'Program evaluation'],
    ],
    ['Kronos, ADP and our applicant tracking system', ['Kronos', 'ADP', 'Applicant tracking systems']],
  ])('reads %s', (text, expected) => {
    expect(skillsIn(text)).toEqual(expect.arrayContaining(expected));
  });

  it('reads a professional acronym in capitals without other evidence, unless it names a department', () => {
    expect(skillsIn('Oncology/Transplant RN with research experience')).toContain('Nursing');
    expect(skillsIn('Certification as a RN, PA, APRN, or FNP')).toContain('Nursing');
    expect(skillsIn('You will partner with the HR team on hiring')).not.toContain('Human resources');
  });

  it('tells cost control from cost accounting, and reads crews, body fat and cross-functional work', () => {
    expect(skillsIn('Food cost; focus on portion and cost control')).toEqual(['Food cost control', 'Cost control']);
    expect(skillsIn('Job costing and cost analysis')).toEqual(['Cost accounting']);
    expect(skillsIn('Crew supervision; print reading')).toEqual(['Team leadership', 'Blueprint reading']);
    expect(skillsIn('Understanding of body fat tables and BMI')).toContain('Body composition analysis');
    expect(skillsIn('Strong cross functional leadership skills')).toEqual([
      'Cross-functional collaboration',
      'Leadership',
    ]);
  });

  it('reads Office in a list of office software, negotiation from its verb, AS-400 as written', () => {
    expect(skillsIn('Microsoft Word, Office, Excel, Power Point')).toContain('Microsoft Office');
    expect(skillsIn('Managed the front Office, office equipment and the Office of the President')).not.toContain(
      'Microsoft Office',
    );
    expect(skillsIn('Negotiated contracts with vendors and suppliers')).toContain('Negotiation');
    expect(skillsIn('Web PDM, IBM AS-400')).toContain('IBM AS/400');
  });

  it('keeps production and fitness apart from product and fitting in the stems', () => {
    expect(skillsIn('Product management, pricing and profit')).not.toContain('Production management');
    expect(skillsIn('Developed scheduling tools for production management')).toContain('Production management');
  });

  it("reads a recruiter's methods, SWOT, HAZMAT and CATIA as people write them", () => {
    expect(skillsIn('Social Media Recruiting\nBehavioral Interviews\nMetrics Reporting\nSWOT Analysis')).toEqual([
      'Recruiting',
      'Reporting',
      'SWOT analysis',
    ]);
    expect(skillsIn('Forklift and HAZMAT certified')).toContain('HAZMAT');
    expect(skillsIn('MS Project, Pascal, Catia v5')).toContain('Dassault Systemes CATIA');
    expect(skillsIn('Menu Writing and costing')).not.toContain('Writing');
  });

  it("reads pharmaceutical and device sales, ADP Payroll as ADP, and no one's own reviews or traits", () => {
    expect(
      skillsIn('* Pharmaceutical Specialty Sales\n* Medical Device Sales\n* Key Opinion Leader Development'),
    ).toEqual(['Pharmaceutical sales', 'Medical device sales', 'KOL development']);
    expect(skillsIn('JD Edwards, ADP Payroll, QuickBooks')).not.toContain('Payroll');
    expect(skillsIn('Consistently received positive performance reviews from guests.')).toEqual([]);
    expect(skillsIn('Conducted performance reviews for 12 staff.')).toContain('Performance management');
    expect(skillsIn('Deadline- driven, Deadline-driven')).not.toContain('Time management');
  });

  it('reads pricing in a list, stakeholder buy-in, critical thinking and group work as written', () => {
    expect(skillsIn('Photocopiers\nPricing and sales\nScanners')).toContain('Pricing');
    expect(skillsIn('Competitive pricing and great benefits')).not.toContain('Pricing');
    expect(skillsIn('Ability to collaborate across teams and gain stakeholder buy-in')).toContain(
      'Stakeholder management',
    );
    expect(skillsIn('Able to think critically and develop a point of view')).toContain('Critical thinking');
    expect(skillsIn('Works well in group setting')).toContain('Teamwork');
  });

  it('keeps the new names from ordinary words', () => {
    // Acronyms other fields write alike: FAR/AIM (aviation), a French CDI (a permanent contract), HCC
    // (a college), ATS (a machine); "programmatic changes" are no advertising.
    expect(skillsIn("Familiarity with FAR/AIM; Honor's List at HCC; ATS Machine")).toEqual([]);
    expect(skillsIn('De nombreuses opportunités en CDI. Funding structures and programmatic changes.')).toEqual([]);
    expect(skillsIn('Waxing and buffing floors, mopping')).not.toContain('Waxing');
    expect(skillsIn('received positive feedback on our fittings')).not.toContain('Garment fitting');
    expect(skillsIn('Personal training and fitness sessions for members')).not.toContain('Garment fitting');
  });

  it("reads the skills lists' frequent names the taxonomy lacked, and not their look-alikes in prose", () => {
    expect(skillsIn('Cash Receipts, Revenue Recognition, Internal Controls, Gap Analysis')).toEqual([
      'Accounts receivable',
      'Revenue recognition',
      'Internal controls',
      'Gap analysis',
    ]);
    expect(skillsIn('Word processing, Desktop publishing, Exchange Server 2010, Minute taking')).toEqual([
      'Word processing',
      'Desktop publishing',
      'Microsoft Exchange',
      'Meeting planning',
    ]);
    expect(skillsIn('Developed comprehensive treatment plans; managed change orders and document control')).toEqual([
      'Treatment planning',
      'Change orders',
      'Document control',
    ]);
    expect(skillsIn('Wrote user manuals and press kits; passed Series 7')).toEqual([
      'Technical documentation',
      'Public relations',
      'FINRA licenses',
    ]);
    // The look-alikes measured over the corpus and kept out: a posting's offer, a product's roadmap,
    // a client's engagements, "take control of their financial futures".
    expect(skillsIn('Career development and growth, with a competitive salary')).toEqual([]);
    expect(skillsIn('Prioritize and execute on our product roadmap')).toEqual([]);
    expect(skillsIn('Responsibility for technical facets of client engagements')).toEqual([]);
    expect(skillsIn('We help people take control of their financial futures')).toEqual([]);
  });

  it("reads a trade's tools and instruments as people write them", () => {
    expect(skillsIn('Used test equipment such as oscilloscopes, multi-meters and spectrum analyzers.')).toContain(
      'Electronic test equipment',
    );
    expect(skillsIn('Skills: soldering, lathes, calipers, skid steer')).toEqual([
      'Soldering',
      'Machining',
      'Precision measurement',
      'Heavy equipment operation',
    ]);
    expect(skillsIn('Wore personal protective equipment (PPE) at all times.')).toContain(
      'Personal protective equipment',
    );
  });

  it("reads a lab scientist's methods, and no course or department named after a science", () => {
    // A research scientist's resume had only its office tools and C/C++.
    expect(
      skillsIn(
        'Skills: HPLC, GC-MS, Western Blot, ELISA, qPCR, cell culture, flow cytometry\n' +
          'Carried out molecular cloning and isolation of plasmid DNA; complied with Good Laboratory Practices.',
      ),
    ).toEqual([
      'Chromatography',
      'Western blotting',
      'ELISA',
      'PCR',
      'Cell culture',
      'Flow cytometry',
      'Molecular biology',
      'DNA sequencing',
      'Good laboratory practice',
    ]);
    expect(skillsIn('Health Courses included Organic Chemistry, Biology, Microbiology, Inorganic Chemistry')).toEqual(
      [],
    );
    expect(skillsIn('UNIVERSITY OF DELAWARE, DEPARTMENT OF CHEMISTRY AND BIOCHEMISTRY')).toEqual([]);
    // A nurse titrates medication; that is no chemical analysis.
    expect(skillsIn('Managed medication drips for blood pressure titration.')).not.toContain('Chemical analysis');
  });

  it("reads security officers', custodians' and warehouse pickers' skills, and no janitorial supplies", () => {
    expect(
      skillsIn(
        'Monitored the entire facility using CCTV and wrote incident reports.\n' +
          'Supervised inmates during day-to-day activities; applied de-escalation techniques.\n' +
          'Skills: floor care, carpet cleaning, pick and pack, housekeeping',
      ),
    ).toEqual([
      'Video surveillance',
      'Incident reporting',
      'Inmate supervision',
      'De-escalation',
      'Janitorial services',
      'Order picking',
      'Housekeeping',
    ]);
    expect(skillsIn('Purchased office and janitorial supplies.')).toEqual([]);
    // A counselor's crisis intervention stays mental health work.
    expect(skillsIn('Provided crisis intervention and case management.')).toEqual(['Mental health', 'Case management']);
  });

  it("reads a lawyer's and a paralegal's practice, and no debtor's bankruptcy or employer's IP", () => {
    expect(
      skillsIn(
        'Skills: Bankruptcy Law, Estate Planning, eDiscovery, Motion Practice, E-filing\n' +
          'Prepared legal briefs; reviewed patent applications; conducted client intakes.',
      ),
    ).toEqual([
      'Bankruptcy law',
      'Estate planning',
      'Electronic discovery',
      'Legal writing',
      'Court filings',
      'Intellectual property law',
      'Client intake',
    ]);
    expect(skillsIn('Handled past due auto loans, repossessions and bankruptcy accounts.')).not.toContain(
      'Bankruptcy law',
    );
    expect(skillsIn('Contribute software and practices to our intellectual property.')).toEqual([]);
    expect(skillsIn('Reviewed documents and approved all hires.')).not.toContain('Electronic discovery');
  });

  it("reads the American Welding Society's AWS as no cloud, and a building's alterations as no sewing", () => {
    expect(skillsIn('AWS Certified CWI; AWS D1.1 structural welding')).not.toContain('AWS');
    expect(skillsIn('Skills: OSHA, ASTM, AWS, scheduling')).not.toContain('AWS');
    expect(skillsIn('Deployed the services on AWS and Azure.')).toContain('AWS');
    expect(skillsIn('Planned alterations of existing structures.')).not.toContain('Sewing');
  });

  it("reads an advertiser's CPA, a power engineer's EMT and a cyber operator's CNA as no credential", () => {
    expect(skillsIn('Optimized bids to lower CPA and increase ROI across campaigns')).not.toContain('CPA');
    expect(skillsIn('Senior Accountant, CPA')).toContain('CPA');
    expect(skillsIn('Harmonic analysis and EMT studies of transmission systems')).not.toContain('EMT certification');
    expect(skillsIn('Certifications: EMT-B, CPR')).toContain('EMT certification');
    expect(
      skillsIn('Supported Computer Network Attack (CNA) and Computer Network Defense (CND) efforts'),
    ).not.toContain('Certified nursing assistant');
  });

  it("reads software's telemetry and triage, and an employer's benefits, as no nurse's skills", () => {
    for (const text of [
      'Knowledge of APM, RUM, monitoring, and telemetry tools.',
      'Fix minor bugs during on-call triage; triage security logs.',
      '3 weeks vacation + 3 personal care days; access to mental health days and a stipend.',
      'We are candid while caring personally with each person.',
    ])
      expect(skillsIn(text)).toEqual([]);
    expect(skillsIn('Telemetry RN on a cardiac unit; performed triage of patients in the emergency room.')).toEqual(
      expect.arrayContaining(['Telemetry', 'Triage']),
    );
    expect(skillsIn('Trained in telemetry monitoring and ventilator management.')).toContain('Telemetry');
    expect(skillsIn('Provided personal care and mental health services to adults.')).toEqual(
      expect.arrayContaining(['Home health care', 'Mental health']),
    );
  });

  it("reads a construction worker's demolition, assembly line and painting, and no team coaching as sport", () => {
    expect(skillsIn('Performed demolition work; worked the assembly line; interior and exterior painting.')).toEqual([
      'Demolition',
      'Product assembly',
      'House painting',
    ]);
    expect(skillsIn('Replaced damaged parts, components and sub assemblies.')).not.toContain('Product assembly');
    expect(skillsIn('Knowledge of C++ or assembly language; member of the General Assembly.')).not.toContain(
      'Product assembly',
    );
    expect(skillsIn('Coached team members on sales techniques.')).not.toContain('Sports coaching');
    expect(skillsIn('Supervised thirty-five production and assembly line staff.')).not.toContain('Product assembly');
    expect(skillsIn('Skills: Assembly line, Paint Shop')).toEqual(['Product assembly']);
    expect(skillsIn('Skills: Paint Shop Pro, Photoshop')).toContain('Corel Paint Shop Pro');
  });

  it("reads a software posting's SQL and dependency injection as no patient's", () => {
    expect(skillsIn('Secure the app against XSS, SQL Injection and CSRF; use dependency injection.')).not.toContain(
      'Medical assisting',
    );
    expect(skillsIn('Skills: CPR, Geriatrics, Injections, Phlebotomy')).toContain('Medical assisting');
  });

  it('reads no email marketing from a class newsletter, and no sewing from tailored curricula', () => {
    expect(skillsIn('Wrote a monthly newsletter for parents.')).not.toContain('Email marketing');
    expect(skillsIn('Ran the email newsletters and social media pages.')).toContain('Email marketing');
    expect(skillsIn('Skills: Tailoring curriculum plans, classroom management')).not.toContain('Sewing');
    expect(skillsIn('Skills: sewing machines, garment alterations')).toEqual(['Sewing']);
  });

  it("reads hardware, network and audio engineers' skills, and no nurse's injections in injection molding", () => {
    expect(skillsIn('PCB layout in Altium, FPGA design, signal integrity, antenna design')).toEqual([
      'PCB design',
      'Altium Designer',
      'FPGA',
      'Signal integrity',
      'Antenna design',
    ]);
    expect(skillsIn('Routing protocols: BGP, OSPF, MPLS; CCNA certified')).toEqual([
      'BGP',
      'OSPF',
      'MPLS',
      'Cisco certification',
    ]);
    expect(skillsIn('Experience with injection molding and tooling')).not.toContain('Medical assisting');
    expect(skillsIn('Altium 365 lets design engineers collaborate.')).toEqual([]);
    expect(skillsIn('A program and project management professional')).not.toContain('PMP');
  });

  it("reads a machine's diagnostics as troubleshooting and a salon's perms as hair services", () => {
    expect(skillsIn('Ran diagnostic tests on engines and repaired faults.')).toContain('Troubleshooting');
    expect(skillsIn('Diagnostics and repair of HVAC units')).toContain('Troubleshooting');
    expect(skillsIn('Conducted computer diagnostics to investigate and resolve problems')).toContain('Troubleshooting');
    expect(skillsIn('Outstanding communication skills\nExceptional diagnostic skills\nGraphic design')).toContain(
      'Troubleshooting',
    );
    expect(skillsIn('Cuts, color, perms, highlights')).toContain('Chemical hair services');
  });

  it('reads safety and Oracle only as items of a skills list', () => {
    expect(skillsIn('Skills: recruiting, recruitment, safety, strategy, employee handbooks')).toContain(
      'Health and safety',
    );
    expect(skillsIn('We put safety first, always.')).toEqual([]);
    expect(skillsIn('Oracle, SQL Server, MS Access')).toContain('Oracle');
    expect(skillsIn('Oracle is hiring.')).toEqual([]);
    // Beside business software Oracle is its ERP or HCM suite.
    expect(skillsIn('Microsoft Office Suite, SAP, Kronos, IBM, ADP, and Oracle, Workbrain')).toContain('Oracle');
    expect(skillsIn('Hyperion, Excel, PowerPoint, Word, Oracle')).toContain('Oracle');
  });

  it.each([
    [
      'Account reconciliations, Financial reporting, ERP software; managed a $4.6M budget',
      ['Account reconciliation', 'Financial reporting'],
    ],
    [
      'Menu planning, food safety (ServSafe certified), kitchen management',
      ['Menu planning', 'Food safety', 'Kitchen management'],
    ],
    [
      'Skills: framing, blueprint reading, power tools, carpentry',
      ['Framing', 'Blueprint reading', 'Power tools', 'Carpentry'],
    ],
    ['Lesson planning and classroom management for 28 students', ['Lesson planning', 'Classroom management']],
    [
      'Patient care, phlebotomy, vital signs, EMR charting',
      ['Patient care', 'Phlebotomy', 'Vital signs', 'Electronic health records'],
    ],
    [
      'CRM, lead generation, negotiation, account management',
      ['CRM', 'Lead generation', 'Negotiation', 'Account management'],
    ],
    // Office tools listed by their short names; a title-cased keyword dump; mojibake after a word.
    [
      'Familiarity with Microsoft Office, Word, Excel, PowerPoint, Outlook and Quickbooks',
      ['Microsoft Word', 'Microsoft Outlook', 'Microsoft Excel', 'QuickBooks'],
    ],
    [
      'Sales, Proposals, Energy Conservation, Instrumentation, Hvac, Scada, Estimating',
      ['HVAC', 'SCADA', 'Energy conservation'],
    ],
    ['Practiced pre-selling and making cold callsÂ', ['Lead generation']],
    ['Beautiful presentation of food', ['Food presentation']],
    [
      'Natural leader\nProficient communicator\nNew employee orientations',
      ['Leadership', 'Communication', 'Onboarding'],
    ],
  ])('%s', (text, expected) => {
    expect(skillsIn(text)).toEqual(expect.arrayContaining(expected));
  });

  // The fourth round: skills of trades, offices, HR, aviation, construction and design that the
  // taxonomy did not know, from a dev batch of labelled resumes and postings.
  it.each([
    [
      'Capital budgeting, mergers & acquisitions, P&L responsibility',
      ['Capital budgeting', 'Mergers and acquisitions', 'P&L management'],
    ],
    [
      'Flight test engineering\nUAS operations\nAircraft modification management',
      ['Flight testing', 'Unmanned aircraft systems', 'Aircraft modification'],
    ],
    [
      'Knowledgeable in Excel, Word, CMiC, ProCore, Bluebeam, P6\nNavigate through Revit, Autocad, Navisworks',
      ['Procore', 'Bluebeam', 'Primavera P6', 'Autodesk Revit', 'AutoCAD', 'Navisworks'],
    ],
    ['Statistical software like JMP, SPSS, GIS', ['JMP', 'IBM SPSS Statistics', 'GIS']],
    [
      'Expertise in performance management, workplace investigations, EEO, FLSA and FMLA',
      ['Performance management', 'Workplace investigations', 'EEO', 'FLSA', 'FMLA'],
    ],
    [
      'Strong understanding of adult learning principles and instructional design; training needs analysis',
      ['Adult learning', 'Instructional design', 'Training needs analysis'],
    ],
    ['Fluent in 4 European Languages: English, French, Italian and Greek.', ['French', 'Italian', 'Greek']],
    [
      'Confidentiality and HIPPA\nEmergency Preparedness, Crisis Management',
      ['Confidentiality', 'HIPAA', 'Emergency preparedness', 'Crisis communication'],
    ],
    [
      'Customer service, inventory management, scheduling, payroll, cash handling, food preparation, forklift operation',
      [
        'Customer service',
        'Inventory management',
        'Scheduling',
        'Payroll',
        'Cash management',
        'Food preparation',
        'Forklift operation',
      ],
    ],
  ])('%s', (text, expected) => {
    expect(skillsIn(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    // A vendor's product lends its bare name only when no O*NET task, activity, tool or title uses the word.
    ['Microsoft Dynamics', 'Understands group dynamics and team dynamics'],
    ['Oracle Designer', 'Senior Designer at a design studio'],
    // Languages are ordinary words outside a list of languages.
    ['French', 'Prepared French toast and Greek salads'],
    ['Greek', 'Prepared French toast and Greek salads'],
    // "Excel spreadsheets" says Excel; "Industrial Facilities" is no facilities management.
    ['Spreadsheets', 'Excel spreadsheets'],
    ['Facilities management', 'Energy Conservation, Energy Solutions, Industrial\nFacilities, Retail'],
    // An ordinary word inside another item of a list is no list item of its own: the neighbour that
    // vouches for it must stand in another item ("Power tools" here is a word of the same one).
    ['Operations management', 'Quality control\n\nPower and hand tool operation\n\nMS Office proficient'],
    ['Operations management', 'Inventory Control Operation'],
  ])('no %s in %j', (skill, text) => {
    expect(skillsIn(text)).not.toContain(skill);
  });

  it('reads an ordinary word the text calls a skill ("compliance experience", "knowledge of insurance")', () => {
    expect(skillsIn('* Regulatory or compliance experience\n* Working knowledge of insurance')).toEqual(
      expect.arrayContaining(['Compliance', 'Insurance']),
    );
    expect(skillsIn('Reported to the compliance department weekly. Sold insurance to families.')).toEqual([]);
  });

  it('still reads ordinary words set off by "&" or a comma as items of a list', () => {
    expect(skillsIn('Analytical & problem solving\nAdaptability, teamwork & communication')).toEqual(
      expect.arrayContaining(['Problem solving', 'Teamwork', 'Communication']),
    );
  });

  it('resolves professional spellings to one canonical name', () => {
    expect(normalizeSkill('bank reconciliations')).toBe('Account reconciliation');
    expect(normalizeSkill('ServSafe')).toBe('Food safety');
    expect(normalizeSkill('lesson plans')).toBe('Lesson planning');
    // A canonical name in sentence case takes a number like its aliases do.
    expect(normalizeSkill('Human Resource')).toBe('Human resources');
  });
});

describe('professional skills in the shapes prose writes them (stems and noun-phrase order)', () => {
  it.each([
    // No alias spells these shapes: a verb's tense, "X of Y", a leading gerund.
    ['Resolved complaints from customers.', 'Complaint resolution'],
    ['Performed analysis of financial data', 'Financial analysis'],
    ['Coordinating events for 200 guests; managing vendor relationships.', 'Vendor management'],
    // A verb in the past moves last like a gerund.
    ['Successfully managed the kitchen.', 'Kitchen management'],
    ['Prepared budgets and processed payroll.', 'Budgeting'],
    ['Prepared budgets and processed payroll.', 'Payroll'],
  ])('%s → %s', (text, skill) => {
    expect(skillsIn(text)).toContain(skill);
  });

  it('moves no verb in the past over a field named by its gerund', () => {
    expect(skillsIn('Managed accounting for three stores')).not.toContain('Account management');
    expect(skillsIn('Developed marketing for the launch')).not.toContain('Market expansion');
  });

  it('does not read a job title as the skill of the same stem', () => {
    // Supervising managers is leading a team (duty-phrases.ts), not case or office management.
    expect(skillsIn('Supervised 4 Case Managers and two Office Managers.')).toEqual(['Team leadership']);
  });
});

describe('ambiguous names count only with evidence (the false positives of real non-software resumes)', () => {
  it("reads no skill from a resume's job heading or from the name of a body", () => {
    expect(skillsIn('Administrative Assistant , 04/2020 to 02/2021')).toEqual([]);
    expect(skillsIn('Business Development Manager Jan 2013 to Current')).toEqual([]);
    expect(skillsIn('Member, Professionals in Human Resources Association')).toEqual([]);
    expect(skillsIn('Assistant to the CEO of a statewide mental health organization')).toEqual([]);
    expect(skillsIn('Administrative Office of the Courts grant recipient')).toEqual([]);
    // The duties under the heading still count, and so does a body's skill named elsewhere.
    expect(
      skillsIn('Administrative Assistant , 04/2020 to 02/2021\nProvided administrative support to the CEO'),
    ).toEqual(['Administrative support']);
    expect(skillsIn('Human resources generalist skills: payroll, onboarding')).toContain('Human resources');
  });

  it.each([
    ['Handled all incoming and outgoing correspondence, including mail, email and faxes', 'Correspondence'],
    ['Responsible for research, design, and development of new styles', 'Research'],
    ['Oversaw warehousing and storage practices', 'Logistics'],
    ['Did scheduling and ordering', 'Scheduling'],
    ['Provided leadership and guidance to the Project Management Office', 'Leadership'],
    ['Drove sales by effectively managing several multi-units within the facility', 'Sales'],
    ['Provided instruction in multiple content areas to develop academic skills', 'Teaching'],
  ])('reads a duty\'s object as the skill when the duty opens the line: "%s"', (text, skill) => {
    expect(skillsIn(text)).toContain(skill);
  });

  it("does not read a duty's object when the name only modifies it", () => {
    expect(skillsIn('Organized weekly sales reports for the sales department')).not.toContain('Sales');
    expect(skillsIn('Coordinated daily medicine schedules and administration')).not.toContain('Medicine');
    expect(skillsIn('Provided weekly sales reports to the VP')).not.toContain('Sales');
  });

  it("reads a line's last word as a list's last item only when something sets it off before it", () => {
    expect(
      skillsIn('Experience in a CDI or risk adjustment team at a large provider or payor organization'),
    ).not.toContain('Organization');
    expect(skillsIn('Healthcare Informatics (merging technical with operations)')).not.toContain(
      'Operations management',
    );
    expect(skillsIn('Budgeting, scheduling and organization')).toContain('Organization');
    expect(skillsIn('Fluent in 4 European Languages: English, French, Italian and Greek.')).toContain('Greek');
  });

  it.each([
    // HR and accounting: linguist's "inc" alias of PHP, a security clearance read as TypeScript.
    ['PHP', 'Lead accountant for Innobeta Systems, Inc., (affiliate of Money Marketing, Inc.).'],
    ['TypeScript', 'Security Clearance: Inactive TS/SCI Clearance.'],
    // A beauty advisor: linguist's "cake" alias of C#.
    ['C#', 'Decorated cake displays for the holiday season.'],
    ['CALM', 'Calm and patient\nCalm under pressure'],
    // A nurse's medication administration records, an offshore platform.
    ['MARS', "Reconciliation of monthly MAR's.\nShell - Mars, Olympus, Perdido"],
    ['Express', 'Public Accounting, Express, QuickBooks, reporting, Sales'],
    ['MS-DOS', 'cost analysis, credit, clients, debit, Dec, documentation, Dos, senior Management'],
    ['iOS', 'Mac iOS : Basic user.'],
    ['C', 'Budgeting, budget, Business Development, business plans, C, delivery, English\n-C. M. Huisden, N. J. Szabo'],
    ['R', 'QuickBooks (A/P, A/R, Bank Reconciliations, Deposits)'],
    ['Swift', 'Booked talent for shoots (Beyonce, Rihanna, Taylor Swift, Vanessa Hudgens)'],
    ['Go', 'Skills\nGo Live, ad, applications master'],
    // Office and trade words in other senses: civil site grading, a posting's vaccination rule.
    ['Microsoft Word', 'Word of mouth brought most of our clients'],
    ['Veterinary care', 'COVID-19 vaccination required'],
    ['Student assessment', 'Experienced Civil Designer (Grading & Utility)'],
    ['HVAC', 'Hvac'],
  ])('no %s in %j', (skill, text) => {
    expect(skillsIn(text)).not.toContain(skill);
  });

  it.each([
    ['Go', 'Programming Languages: C, C++, Perl, PHP, Python, Go, JavaScript'],
    ['C', 'Programming Languages: C, C++, Perl, PHP, Python, Go, JavaScript'],
    ['Swift', 'Swift & Objective-C for iOS applications'],
    ['iOS', 'Senior iOS developer'],
    ['R', 'Statistical programming in R and Python'],
    ['MS-DOS', 'Windows XP, MS-DOS'],
  ])('still finds %s in %j', (skill, text) => {
    expect(skillsIn(text)).toContain(skill);
  });
});

describe('workplace products named by brand (the tools of accountants, HR, clinics and engineers)', () => {
  it.each([
    // Real resume lines: O*NET files these under longer names ("Kronos Workforce Timekeeper").
    [
      'Software: Kronos, Peachtree, Great Plains, MAS 90, QuickBooks',
      ['Kronos', 'Peachtree', 'Microsoft Dynamics GP', 'Sage MAS', 'QuickBooks'],
    ],
    [
      'Design: Creo, Solidworks, ANSYS 14, Unigraphics, Windchill, Teamcenter, MicroStation, SketchUp',
      [
        'PTC Creo Parametric',
        'Dassault Systemes SolidWorks',
        'ANSYS',
        'Siemens NX',
        'PTC Windchill',
        'Siemens Teamcenter',
        'Bentley MicroStation',
        'Trimble SketchUp Pro',
      ],
    ],
    [
      'Systems: Rational Requisite Pro, ClearQuest, Visio, IBM DOORS',
      ['IBM Rational RequisitePro', 'IBM Rational ClearQuest', 'Microsoft Visio', 'IBM Rational DOORS'],
    ],
    [
      "Skills: Acrobat, Photoshop, Workday, Yardi, Raiser's Edge",
      ['Adobe Acrobat', 'Adobe Photoshop', 'Workday', 'Yardi', "Raiser's Edge"],
    ],
    ['Reconciled physical inventories to Lawson fixed asset system.', ['Lawson']],
    ['Proficient in Internet Explorer, Firefox and PointClickCare.', ['Mozilla Firefox', 'PointClickCare']],
    ['Computer skills: Windows, Microsoft Word, Excel', ['Microsoft Windows', 'Microsoft Word', 'Microsoft Excel']],
    // Office tools named alone in a list of office tools; other systems offices run.
    [
      'Microsoft Word, Excel, Access, Outlook, Publisher; Skills: Keynote, Pages, Numbers, Excel',
      ['Microsoft Access', 'Microsoft Publisher', 'Apple Keynote'],
    ],
    [
      'Mac OS X, Windows, Citrix; AS400, JD Edwards; logged tickets in Remedy.',
      ['Apple macOS', 'Citrix', 'IBM AS/400', 'BMC Remedy'],
    ],
    ['Facilitated organizational development initiatives', ['Organizational development']],
    // Spellings and skills of resumes' skills lists (trade, clinic, kitchen, office, sales).
    [
      'Skills: pivot tables, VLOOKUP, Solid Works, Auto CAD, Quick Books, LabVIEW, Trouble shooting',
      [
        'Microsoft Excel',
        'Dassault Systemes SolidWorks',
        'AutoCAD',
        'QuickBooks',
        'National Instruments LabVIEW',
        'Troubleshooting',
      ],
    ],
    [
      'Skills: Sous vide technique, Contemporary sauce work, Strong butchery skills, Knowledge of HMOs, Medicare',
      ['Sous vide', 'Sauce making', 'Butchery', 'Managed care', 'Medicare and Medicaid'],
    ],
    [
      'Skills: Telemarketing, Customer needs assessment, New customer acquisition, Secret clearance, Requirements Gathering',
      ['Telemarketing', 'Needs assessment', 'Business development', 'Security clearance', 'Requirements gathering'],
    ],
    [
      'Skills: Timberline, People Soft, Photocopiers, Fax machines, Subcontractor Management, Erosion and Sedimentation Control, Bedside manner',
      [
        'Sage Timberline',
        'Oracle PeopleSoft',
        'Office equipment',
        'Subcontractor management',
        'Erosion and sediment control',
        'Bedside manner',
      ],
    ],
    // Manufacturing and quality engineering.
    [
      'PDCA, 8D analysis, Supplier quality Management, 5S, ISO9001, ASME,\nAPI, ASTM.',
      ['PDCA', 'Supplier quality management', 'ISO 9001', 'ASME standards', 'ASTM standards'],
    ],
    [
      'Drafting: Engineering Drawings, GD&T, Bill of Materials; Design: DFMA, DFA/DFM; ePDM; GMP',
      [
        'Engineering drawings',
        'GD&T',
        'Bill of materials',
        'Design for manufacturability',
        'Product data management',
        'Good manufacturing practice',
      ],
    ],
    // O*NET files these only as categories with their acronym ("Computer numerical control CNC software").
    ['Operated CNC lathes and mills; PLC, HMI, SCADA; SPC charts; EDI with suppliers', ['CNC', 'PLC', 'SPC', 'EDI']],
    [
      'Windows 9X/NT/XP, MS Office, MS Outlook. Proficient in Microsoft Suite',
      ['Microsoft Windows', 'Microsoft Office'],
    ],
  ])('%j', (text, skills) => {
    expect(skillsIn(text)).toEqual(expect.arrayContaining(skills));
  });

  it.each([
    ['NextGen Healthcare', 'Design the next-gen models of apps. Our Next-Gen SIEM platform.'],
    ['SunGard LockBox', 'Posted ACH, lockbox and credit card payments daily.'],
    ['IBM Rational DOORS', 'Installed new doors and windows.'],
    ['Microsoft Windows', 'Installed new doors and windows.'],
    // A carpenter's title-cased list: "Doors" is no DOORS.
    ['IBM Rational DOORS', 'Framing, Doors, Windows, Drywall'],
    ['Adobe Acrobat', 'An acrobat in the circus.'],
    ['Workday', 'The workday starts at 8.'],
    // A generic kind of software is no product: "Antivirus software", "Wiki software".
    ['Antivirus', 'Skills: Antivirus, Wiki, Excel'],
    // Capitalized, Access and Keynote name jobs and talks; "flash drives" are no Flash.
    ['Microsoft Access', 'Patient Access Representative'],
    ['Apple Keynote', 'Delivered the Keynote at the conference.'],
    ['Adobe Flash', 'Copied the files to USB flash drives.'],
    // A name never runs across a sentence's full stop.
    ['Organizational development', 'Advisor for the student organization. Designed, evaluated and ran events.'],
    // "Medical" is no Medi-Cal; meeting business requirements is no requirements gathering.
    ['Medicare and Medicaid', 'Medical and dental insurance for all employees.'],
    ['Requirements gathering', 'Performance data to meet emerging business requirements.'],
    // A rancher's stocking rates are no shelf stocking.
    ['Merchandising', 'Determined stocking rates for the allotments.'],
    // A value stream in SAFe is a team, not the mapping method.
    ['Value stream mapping', 'Join our Value Stream team.'],
    // A clinic's diagnosis is no troubleshooting; an immigration filing is no perm.
    ['Troubleshooting', 'Experience in clinical diagnostic testing and in-vitro diagnostic products.'],
    ['Troubleshooting', 'Computer charting, Diagnostic assessments, Vital signs'],
    // Nor a dentist's, a lab's, a teacher's or a consultant's, with no machine or problem beside it.
    ['Troubleshooting', 'Preventative Care, Instrument Sterilization, Diagnostic X-Rays, Infection Control'],
    ['Troubleshooting', 'Received diagnostic samples from extension officers and farmers.'],
    ['Troubleshooting', 'Possessing excellent diagnostic, behavioral intervention, and behavioral monitoring skills.'],
    ['Troubleshooting', 'Customer Experience transformation, leading the diagnostic and design phases.'],
    ['Chemical hair services', 'This position is eligible for day-one PERM sponsorship.'],
    ['Reporting', 'Present monthly sales and forecast, reporting directly to the board of directors.'],
  ])('no %s in %j', (skill, text) => {
    expect(skillsIn(text)).not.toContain(skill);
  });
});

describe("number forms and names that say what the skill is (the build's plurals, the aliases read off the corpus)", () => {
  it('lets an alias take no words of a longer name after it ("technical sales presentations")', () => {
    expect(skillsIn('Deliver technical sales presentations and product demonstrations')).toContain(
      'Sales presentations',
    );
    expect(skillsIn('Support new store openings and brand marketing events')).toContain('Event planning');
  });

  it.each([
    ['Credit analysis', 'Performed credit analyses, ensuring regulatory minimums were met'],
    ['Root cause analysis', 'Incoming material qualification and defect root cause analyses.'],
    ['Business analysis', 'Skills: budgeting, business analysis, forecasting'],
    ['Counseling', 'Led individual and group therapy sessions'],
    ['Textiles', 'Negotiated pricing and fabric requirements with buyers'],
    ['Economic analysis', 'Developed econometric models of demand'],
    ['Accounting', 'Skills: general accounting, tax accounting'],
    ['Accounting', 'Performed general accounting duties; prepare journal entries'],
    ['Purchasing', 'Highlights\nGlobal and strategic sourcing\nNegotiations expert'],
    ['Inventory management', 'Facilitated quarterly physical inventory counts.'],
    ['Communications', 'Screened a high volume of internal and external communications, including email and mail.'],
    ['Research', 'Outlook proficiency\nInternet research\nData collection'],
    ['Advertising', 'Complex problem solving\nPrint advertising\nSMS deployment'],
    ['Compliance', 'Audited internal systems for contract compliance'],
    ['Pricing', 'Worked with vendors for product pricing and special orders.'],
    ['Counseling', '45+ hours of Masters level course in school counseling'],
    ['Software testing', 'Experience with CI/CD pipelines and automated testing frameworks.'],
    ['Software testing', 'Fluent with unit / integration testing concepts and tools including JUnit'],
    ['Technical documentation', 'Documented business requirements, functional specifications and training procedures.'],
    ['Staff training', 'Recommended a cross-training project to include written documentation of all processes.'],
    ['Cost control', 'Led strategy development, budget and cost management, product acquisition'],
  ])('%s in %j', (skill, text) => {
    expect(skillsIn(text)).toContain(skill);
  });

  it.each([
    // A business analyst's analysis is no business plan.
    ['Business planning', 'Skills: budgeting, business analysis, forecasting'],
    // A field in -ics is no adjective: "electronic" mail, claims, communication equipment.
    ['Electrical engineering', 'Installations, electronic communication equipment and systems, maintenance'],
    ['Electrical engineering', 'Skills: filing, electronic, billing, payroll'],
    // Therapy alone is a clinic's treatment or a perk, not counseling.
    ['Counseling', 'the best partners for fitness, mindfulness, therapy, nutrition, and sleep'],
    ['Counseling', 'Skills: supervision, therapy, troubleshooting'],
    // The wider executive team, not a skill: "reported to executive leadership".
    ['Leadership', 'Calculate and report volumes to operational and executive leadership.'],
  ])('no %s in %j', (skill, text) => {
    expect(skillsIn(text)).not.toContain(skill);
  });
});
