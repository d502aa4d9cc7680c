/**
 * The professional skills of the taxonomy: what chefs, nurses, teachers, accountants, tradespeople,
 * salespeople and managers write in their resumes and what postings for them ask. Canonical names
 * with the spellings people use; `onet` names the O*NET Skills/Knowledge element (Content Model
 * Reference) a skill stands for. Occupations are linked by scripts/hermes/build-skill-taxonomy.ts
 * from O*NET's Task Statements and Detailed Work Activities that mention the skill.
 *
 * `contextual`: also an ordinary word ("Sales", "Framing", "Safety"): counts in a list beside
 * another skill or alone on a list line, never in running prose. Plural and singular forms of the
 * last word are added by the build ("account reconciliation" → "account reconciliations").
 */
export interface ProfessionalSkill {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly category: string;
  readonly contextual?: boolean;
  /** O*NET Content Model element names this skill stands for ("Negotiation", "Food Production"). */
  readonly onet?: readonly string[];
  /** Used in any occupation (a language): linked to none, so it says nothing of the occupation. */
  readonly anyOccupation?: boolean;
  /** Always capitalized (a language): a capital is no evidence, only a list is. */
  readonly strict?: boolean;
}

type Row = readonly [name: string, aliases: string, flags?: string];

/**
 * Rows per category: "Name", "alias; alias", flags ("ctx" for contextual, "onet=A|B", "any" for a
 * skill of any occupation, "strict" for a name always capitalized).
 */
const ROWS: Readonly<Record<string, readonly Row[]>> = {
  accounting: [
    ['Finance', 'finance', 'ctx;strict'],
    ['Management accounting', 'managerial accounting; cost and management accounting; management accounts'],
    [
      'Accounting software',
      'accounting systems; accounting system; accounting applications; accounting packages; accounting package',
    ],
    [
      'Capital budgeting',
      'capital budgets; capital planning; capital expenditure planning; capital expenditures; capex planning; capital and operating budgets',
    ],
    [
      'Mergers and acquisitions',
      'M&A; mergers & acquisitions; mergers/acquisitions; acquisitions and mergers; merger integration; due diligence',
    ],
    [
      'P&L management',
      'profit and loss management; P&L responsibility; P&L accountability; profit and loss responsibility; P&L',
    ],
    ['Corporate finance', 'corporate financial planning'],
    ['CPA', 'Certified Public Accountant; CPA license; licensed CPA; CPA certification'],
    ['CMA certification', 'Certified Management Accountant'],
    ['CFA', 'Chartered Financial Analyst; CFA charterholder; CFA Level I; CFA Level II; CFA Level III; CFA candidate'],
    ['CIA certification', 'Certified Internal Auditor'],
    ['CISA', 'Certified Information Systems Auditor'],
    ['Foreign exchange', 'forex; foreign currency exchange; currency exchange; foreign exchange trading'],
    ['Fixed income', 'fixed income securities; fixed-income; fixed income analysis; fixed income trading'],
    [
      'Fraud detection',
      'fraud prevention; fraud investigation; fraud investigations; fraud monitoring; fraud analysis; fraud detection and prevention',
    ],
    ['Payment processing', 'credit card processing; processing payments; payment posting; card transactions'],
    [
      'Account reconciliation',
      'account reconciliations; bank reconciliation; bank reconciliations; reconciliations; reconciling accounts; reconcile accounts; balance sheet reconciliation; balance sheet reconciliations; general ledger reconciliation; account analysis',
    ],
    [
      'Financial reporting',
      'financial reports; financial statements; financial statement preparation; preparing financial statements; monthly financial reports; financial statement analysis',
    ],
    [
      'Budgeting',
      'budget management; budget preparation; budget planning; budget development; budget analysis; budget allocation; budgets; budget forecasting; operating budget; operating budgets; budget control; budgetary planning; budgetary control',
    ],
    ['Forecasting', 'financial forecasting; forecasts; sales forecasting; demand forecasting'],
    [
      'Auditing',
      'audit; audits; internal audit; internal audits; internal auditing; external audit; audit support; financial audits; compliance audits; quality auditing; quality audits; claims auditing; claims audits; payment integrity auditing',
    ],
    ['Accounts payable', 'A/P; AP processing; vendor payments; payables'],
    [
      'Accounts receivable',
      'A/R; AR processing; receivables; invoicing and collections; cash receipts; cash application; cash posting',
    ],
    ['Revenue recognition', 'ASC 606; IFRS 15; revenue recognition principles'],
    ['Internal controls', 'internal control'],
    ['FINRA licenses', 'Series 7; Series 63; Series 66; Series 65; Series 24; FINRA license'],
    [
      'General ledger',
      'G/L; general ledger accounting; journal entries; journal entry; GL accounts; trial balance; trial balances',
    ],
    ['Bookkeeping', 'book keeping; full-charge bookkeeping; full charge bookkeeping'],
    ['Payroll', 'payroll processing; payroll administration; payroll management; payroll taxes'],
    [
      'Tax preparation',
      'tax returns; tax return preparation; income tax; income taxes; sales tax; tax compliance; corporate tax; tax planning; taxation',
    ],
    [
      'Month-end close',
      'month end close; month-end closing; month end closing; year-end close; year end close; closing process; month-end',
    ],
    ['Cost accounting', 'cost analysis; job costing; costing'],
    [
      'Financial analysis',
      'financial analyses; financial modeling; financial modelling; variance analysis; ratio analysis; profitability analysis',
    ],
    ['GAAP', 'generally accepted accounting principles; US GAAP; U.S. GAAP'],
    ['IFRS', 'international financial reporting standards'],
    [
      'Accounting',
      'accounting principles; financial accounting; corporate accounting; public accounting; accrual accounting; accounting records; accounting procedures; accounting practices; general accounting; tax accounting; fund accounting; governmental accounting; government accounting; project accounting; private accounting; computerized accounting; full charge accounting',
      'ctx;onet=Economics and Accounting',
    ],
    ['Invoicing', 'billing; invoices; invoice processing; billing and invoicing'],
    [
      'Cash management',
      'cash handling; cash flow management; cash flow; petty cash; cash control; cash reconciliation; deposits; money handling; handling money; accurate money handling',
    ],
    ['Fixed assets', 'fixed asset accounting; fixed asset management; depreciation'],
    ['Sarbanes-Oxley', 'SOX; SOX compliance; Sarbanes Oxley'],
    ['Financial planning', 'financial plans; FP&A; financial planning and analysis'],
    ['Risk management', 'risk assessment; risk analysis; risk assessments; enterprise risk management'],
    ['Credit analysis', 'credit review; credit risk; underwriting; loan underwriting; credit underwriting'],
    ['Investment management', 'portfolio management; asset management; investments; wealth management'],
    ['Treasury', 'treasury management; treasury operations', 'ctx'],
    ['Expense reports', 'expense reporting; expense management; travel and expense'],
    ['Inventory accounting', 'inventory valuation; inventory reconciliation'],
    ['Grant management', 'grant writing; grants management; grant administration; grant proposals'],
    [
      'Financial management',
      'management of financial resources; fiscal management',
      'onet=Management of Financial Resources',
    ],
  ],
  banking: [
    ['Loss mitigation', 'loss mitigation strategies; default management; collections and recoveries'],
    [
      'Loan processing',
      'loan origination; mortgage processing; loan documentation; loans; mortgage lending; lending; commercial lending; consumer lending; indirect lending; retail lending; wholesale lending; commercial loans; consumer loans; auto lending',
    ],
    ['Customer account management', 'account opening; new accounts; opening accounts; account maintenance'],
    ['Branch operations', 'branch management; bank operations; banking operations'],
    ['Anti-money laundering', 'AML; BSA; Bank Secrecy Act; KYC; know your customer; BSA/AML'],
    ['Teller operations', 'teller; cash drawer; balancing cash drawer; cash transactions', 'ctx'],
    ['Wire transfers', 'wires; ACH; wire transfer'],
    ['Financial services', 'banking services; retail banking; commercial banking', 'ctx'],
    [
      'Cross-selling',
      'cross selling; cross-sell; upselling; up-selling; upsell; up-sell; up sell; up sells; up selling',
    ],
  ],
  sales: [
    [
      'Pricing',
      'pricing strategy; pricing strategies; pricing analysis; price analysis; pricing models; product pricing',
      'ctx',
    ],
    ['Pharmaceutical sales', 'pharma sales; pharmaceutical specialty sales; specialty pharmaceutical sales'],
    ['Medical device sales', 'medical devices sales; device sales; surgical sales; medical equipment sales'],
    [
      'KOL development',
      'key opinion leader development; KOL management; key opinion leader management; KOL engagement',
    ],
    [
      'Government contracting',
      'federal contracting; government contracts; federal contracts; government procurement; federal procurement; federal acquisition; public procurement; public sector procurement',
    ],
    ['Capture management', 'capture planning; capture strategy; capture strategies; capture development'],
    [
      'Federal Acquisition Regulation',
      'DFARS; DFAR; Defense Federal Acquisition Regulation Supplement; FAR/DFARS; FAR/DFAR; Federal Acquisition Regulations',
    ],
    ['Telemarketing', 'telesales; outbound calling; outbound sales calls; phone sales; telephone sales'],
    [
      'Needs assessment',
      'needs assessments; needs analysis; customer needs assessment; client needs assessment; client assessment; needs identification',
    ],
    [
      'Partner management',
      'partner relationship management; partner relations; managing partners; partner operations; alliance management; channel partner management; partner enablement',
    ],
    [
      'Partnership development',
      'partnership building; developing partnerships; building partnerships; strategic partnerships; partnership strategy; partnership management',
    ],
    ['Channel management', 'channel sales; channel development; channel partners; indirect sales; reseller management'],
    ['Enterprise sales', 'enterprise selling; enterprise software sales; enterprise accounts; selling to enterprises'],
    ['Sales support', 'sales assistance; sales operations support; supporting the sales team'],
    ['Sales process', 'sales cycle; sales cycles; sales methodology; sales methodologies; sales processes'],
    ['Market expansion', 'new market expansion; market development; expansion into new markets; entering new markets'],
    ['Business acumen', 'business sense; commercial acumen; business savvy; commercial awareness; financial acumen'],
    ['Direct mail', 'direct mail campaigns; direct mail marketing; direct marketing; mailers'],
    [
      'Marketing collateral',
      'marketing materials; promotional materials; sales collateral; collateral development; collateral materials',
    ],
    [
      'Community management',
      'online community management; community engagement; community building; social media community',
    ],
    [
      'Proposal writing',
      'proposals; proposal development; proposal preparation; writing proposals; RFP responses; RFP response; responding to RFPs',
      'ctx',
    ],
    [
      'Sales',
      'selling; direct sales; inside sales; outside sales; B2B sales; retail sales; consultative selling; solution selling; sales experience; consultative sales; international sales; relationship selling; corporate sales; commercial sales; outbound sales',
      'ctx',
    ],
    [
      'Lead generation',
      'generating leads; prospecting; cold calling; cold calls; new business development; lead qualification; generate leads; generate new leads; lead development',
    ],
    [
      'Business development',
      'developing new business; new business; customer acquisition; new customer acquisition; client acquisition; new client acquisition',
    ],
    [
      'Account management',
      'key account management; client account management; managing accounts; strategic account management; strategic account development; account development; customer account management',
    ],
    [
      'Negotiation',
      'negotiating; negotiations; contract negotiation; contract negotiations; negotiation skills; negotiator; skilled negotiator; persuasive negotiator; strong negotiator; negotiating; negotiations; negotiate; negotiated; negotiates',
      'onet=Negotiation',
    ],
    ['CRM', 'customer relationship management; CRM software; CRM systems'],
    [
      'Client relations',
      'client relationship management; relationship management; relationship building; client relationships; building relationships; customer relations; customer relationships; relationship builder; building client relationships; client interfacing; client liaison; client-focused; client focused',
    ],
    ['Sales management', 'sales team management; sales leadership; territory management'],
    [
      'Closing sales',
      'closing deals; closing the sale; deal closing; closing rate; closing ratio; deal closer; sales closing',
      'ctx',
    ],
    [
      'Merchandising',
      'visual merchandising; merchandise displays; product displays; planograms; planogram; shelf stocking; restocking',
    ],
    [
      'Retail operations',
      'store operations; store management; retail management; opening and closing procedures; opening/closing procedures; store opening and closing',
    ],
    ['Point of sale', 'POS; POS systems; point of sale systems; cash register; cash registers'],
    ['Sales presentations', 'product presentations; product demonstrations; product demos'],
    [
      'Pipeline management',
      'sales pipeline; pipeline development; sales funnel; building a pipeline; build a pipeline; pipeline building; pipeline generation',
    ],
    ['Quota attainment', 'sales quotas; exceeding quota; sales targets; sales goals'],
    [
      'Market research',
      'market analysis; competitive analysis; competitor analysis; market intelligence; competitive intelligence; competitive research; secondary research; desk research; competitor research',
    ],
    ['Product knowledge', 'product training', 'ctx'],
    ['Loss prevention', 'shrink reduction; shrinkage control'],
  ],
  marketing: [
    [
      'Marketing',
      'marketing strategy; marketing campaigns; marketing plans; marketing programs; integrated marketing; promotional campaigns; marketing campaigns; market planning; marketing planning; strategic marketing; retail marketing; international marketing; mobile marketing; corporate marketing',
      'ctx;onet=Sales and Marketing',
    ],
    [
      'Digital marketing',
      'online marketing; internet marketing; performance marketing; growth marketing; digital advertising; online advertising',
    ],
    [
      'Programmatic advertising',
      'programmatic buying; programmatic media buying; programmatic media; programmatic ecosystem; programmatic ads; real-time bidding',
    ],
    [
      'Social media marketing',
      'social media; social media management; social media strategy; social media campaigns; social networking; Facebook marketing',
      'ctx',
    ],
    ['Content marketing', 'content creation; content strategy; content development; content writing'],
    ['SEO', 'search engine optimization; search engine optimisation'],
    ['SEM', 'search engine marketing; pay per click; PPC; Google Ads; AdWords; Google AdWords'],
    ['Email marketing', 'email campaigns; e-mail marketing; email newsletters; e-newsletters'],
    [
      'Brand management',
      'branding; brand strategy; brand development; brand awareness; brand identity; corporate identity; corporate design',
    ],
    ['Advertising', 'ad campaigns; advertising campaigns; media buying; media planning; print advertising', 'ctx'],
    [
      'Event planning',
      'event management; event coordination; events planning; trade shows; conferences planning; event marketing; special events; special event planning',
    ],
    [
      'Public relations',
      'media relations; press releases; press release; publicity; media outreach; press kits; press kit; media kits',
    ],
    ['AP style', 'Associated Press style; AP Stylebook'],
    ['Fact-checking', 'fact checking; fact-check; fact check'],
    ['Government relations', 'public affairs; lobbying; legislative affairs'],
    [
      'Economic analysis',
      'economic research; econometrics; econometric modeling; econometric models; econometric analysis',
    ],
    ['Copywriting', 'copy writing; copy editing; copyediting'],
    ['Marketing analytics', 'campaign analysis; web analytics; Google Analytics'],
    ['Product marketing', 'go-to-market; go to market; product launches; product launch'],
    [
      'Communications',
      // A newsletter is written for members, staff or customers; by email it is email marketing (above).
      'corporate communications; internal communications; strategic communications; communications planning; external communications; newsletters; newsletter',
      'ctx',
    ],
    ['Crisis communication', 'crisis communications; crisis management'],
    ['Community outreach', 'outreach; community relations; community engagement', 'ctx'],
    [
      'Fundraising',
      'fund raising; donor relations; development campaigns; capital campaigns; foundation relations; major gifts; major gift fundraising; donor cultivation; donor stewardship',
    ],
  ],
  customer_service: [
    [
      'Customer service',
      'customer services; customer care; client service; client services; customer support; customer satisfaction; customer experience; guest service; guest services; customer and personal service; excellent customer service; customer service oriented; customer service-oriented; customer-oriented; customer focused; customer-focused',
      'onet=Customer and Personal Service',
    ],
    [
      'Call center operations',
      'call center; call centre; inbound calls; outbound calls; contact center; call center management; contact center management; call centre management; contact center operations',
    ],
    [
      'Complaint resolution',
      'resolving complaints; handling complaints; conflict resolution; problem resolution; dispute resolution; issue resolution; conflict management',
    ],
    ['Data entry', 'data input; keying', ''],
    ['Order processing', 'order entry; order fulfillment; processing orders; order management'],
    [
      'Telephone etiquette',
      'phone etiquette; answering phones; multi-line phone; multi-line phones; switchboard; telephone skills; phone skills; telephone manner; phone manner',
    ],
  ],
  administration: [
    [
      'Office equipment',
      'office machines; photocopiers; photocopier; copiers; copy machines; fax machines; fax machine; faxing; scanners; multi-line phones; multi-line phone systems; voice mail; voicemail; phone systems; phone system; telephone systems; telephone system',
    ],
    [
      'Spreadsheets',
      'spreadsheet; spreadsheet development; spreadsheet design; spreadsheet software; spreadsheet skills',
    ],
    [
      'Confidentiality',
      'maintains confidentiality; maintaining confidentiality; maintain confidentiality; confidential information; confidential records; confidential files; patient confidentiality; discretion',
      'ctx',
    ],
    [
      'Mail handling',
      'mail management; mail processing; sorting mail; mail distribution; incoming mail; outgoing mail; mailroom',
    ],
    [
      'Coordination',
      'coordinating; planning and coordination; event coordination; program coordination',
      'ctx;onet=Coordination',
    ],
    [
      'Administrative support',
      'administrative assistance; office administration; clerical; clerical support; clerical duties; administrative duties; office support; general office; general office duties; general office skills',
      'onet=Administrative',
    ],
    ['Office management', 'office operations; front office; front desk operations'],
    [
      'Scheduling',
      'appointment scheduling; calendar management; scheduling appointments; staff scheduling; schedules; calendaring; schedule management; managing schedules; scheduling skills; appointment setting; setting appointments; appointment booking; booking appointments; scheduling appointments',
      'ctx',
    ],
    [
      'Filing',
      'filing systems; records management; document management; record keeping; recordkeeping; records maintenance; file maintenance; file management; data archiving; archiving; employee files; personnel files; employee records; personnel records',
      'ctx',
    ],
    [
      'Travel arrangements',
      'travel coordination; travel planning; travel booking; travel administration; making travel arrangements; coordinating travel; travel management',
    ],
    [
      'Meeting planning',
      'meeting coordination; meeting minutes; minutes; minute taking; minute-taking; taking minutes',
    ],
    ['Correspondence', 'business correspondence; letters; memos', 'ctx'],
    ['Word processing', 'word processor; word processing software; word-processing'],
    ['Desktop publishing', 'DTP; desktop publishing software'],
    ['Typing', '10 key; 10-key; ten key; WPM', 'ctx'],
    [
      'Bilingual',
      'bilingual Spanish; fluent in Spanish; Spanish; Spanish speaking; Spanish-speaking; Spanish skills; speak Spanish; speaks Spanish; fluent Spanish; multilingual; fluent in two languages',
      'ctx',
    ],
    ['Transcription', 'dictation; medical transcription'],
  ],
  management: [
    ['SWOT analysis', 'SWOT; SWOT analyses'],
    [
      'Cost control',
      'cost controls; cost reduction; cost containment; expense control; controlling costs; cost savings initiatives; cost management',
    ],
    [
      'Production management',
      'production supervision; production oversight; managed production; managing production; production control',
    ],
    ['Business intelligence', 'BI; BI reporting; business intelligence tools; business intelligence reporting'],
    [
      'Requirements gathering',
      'requirements elicitation; gathering requirements; requirement gathering; business requirements gathering',
    ],
    ['Data collection', 'data gathering; collecting data; data collection and analysis'],
    [
      'Workforce management',
      'workforce planning; WFM; workforce management software; staffing levels; labor scheduling; employee scheduling; work force management',
    ],
    ['Operational planning', 'operations planning; operational plans; organizational planning'],
    [
      'Quality improvement',
      'quality improvement initiatives; continuous quality improvement; CQI; quality initiatives; quality improvements',
    ],
    [
      'Emergency preparedness',
      'emergency planning; emergency management; disaster preparedness; emergency response planning; business continuity; business continuity planning; disaster recovery planning',
    ],
    [
      'Facilities management',
      'facility management; facilities maintenance; building management; facilities operations',
    ],
    [
      'Project management',
      'project planning; project coordination; managing projects; project delivery; program management; project lifecycle; project tracking; multiple projects; managing multiple projects; manage multiple projects',
    ],
    [
      'Team leadership',
      'team building; team management; leading teams; people management; staff management; supervision; supervising; supervisory skills; staff supervision; management of personnel resources; team lead; team oversight; staff oversight; crew supervision; crew management; crew leadership; supervising crews',
      'onet=Management of Personnel Resources',
    ],
    [
      'Leadership',
      'leadership skills; strong leader; leader; natural leader; strong leadership; leadership abilities; leadership ability; leadership qualities; project leadership; strategic leadership',
      'ctx',
    ],
    ['Goal setting', 'goal-setting; setting goals; goal planning; setting objectives'],
    ['Gap analysis', 'gap analyses'],
    ['Document control', 'document controls; document control procedures'],
    ['Product management', 'product lifecycle management; product life cycle management', 'ctx'],
    ['Knowledge management', 'knowledge base management'],
    ['Capacity planning', 'capacity management'],
    ['Business process management', 'business process analysis; business process mapping; process mapping'],
    [
      'Operations management',
      'operations; business operations; daily operations; operational management; operational efficiency; multi-site operations; multi-unit operations; streamline operations; streamlining operations',
      'ctx',
    ],
    [
      'Strategic planning',
      'strategic plans; strategy development; business strategy; strategic thinking; strategic direction',
    ],
    ['Business planning', 'business plans; business plan'],
    // Requirements, processes and data of a business, a business analyst's work: no business plan.
    ['Business analysis', 'business and requirements analysis; business & systems analysis; business systems analysis'],
    [
      'Process improvement',
      'continuous improvement; process optimization; business process improvement; workflow improvement; operational improvements; process reengineering; process re-engineering; business process reengineering; business process improvement; productivity improvement; process optimization; process transformation; process transformations',
    ],
    ['Change management', 'organizational change; change initiatives'],
    [
      'Vendor management',
      'vendor relations; supplier management; supplier relations; vendor negotiations; contract management; contract administration',
    ],
    [
      'Performance management',
      'performance reviews; performance evaluations; performance appraisals; employee evaluations; KPIs; KPI; key performance indicators; performance tracking',
    ],
    [
      'Staff training',
      'employee training; training staff; training and development; training programs; coaching and mentoring; mentoring; coaching; on-the-job training; new hire training; staff development; manager coaching; coaching and training; employee development; cross training; cross-training; personnel training',
      'ctx',
    ],
    ['Policy development', 'policies and procedures; standard operating procedures; SOPs; SOP; procedure development'],
    ['Decision making', 'judgment and decision making; decision-making', 'onet=Judgment and Decision Making'],
    [
      'Administration and management',
      'business administration; business management; general management',
      'ctx;onet=Administration and Management',
    ],
    [
      'Cross-functional collaboration',
      'cross-functional teams; cross functional teams; cross-functional; cross functional; cross-functional team; cross functional team',
    ],
    [
      'Stakeholder management',
      'stakeholder relations; stakeholder engagement; stakeholder communication; stakeholder buy-in; stakeholder alignment; managing stakeholders; stakeholder expectations',
    ],
    [
      'Resource management',
      'resource allocation; management of material resources; resource planning',
      'onet=Management of Material Resources',
    ],
    ['Six Sigma', 'Lean Six Sigma; Six Sigma Green Belt; Six Sigma Black Belt; green belt; black belt'],
    ['Lean manufacturing', 'lean; lean principles; kaizen; 5S; LEAN; lean six sigma', 'ctx'],
    // Manufacturing and quality engineering: the standards, methods and documents engineers,
    // quality inspectors and plant staff list.
    ['ISO 9001', 'ISO9001; ISO-9001; ISO 9001:2008; ISO 9001:2015; ISO 9000; ISO9000'],
    ['AS9100', 'AS 9100; AS9100C; AS9100D'],
    ['ASME standards', 'ASME; ASME code; ASME codes; ASME standard; ASME Y14.5; ASME Section VIII'],
    ['ASTM standards', 'ASTM; ASTM standard; ASTM methods'],
    ['Value stream mapping', 'value stream maps; value stream map'],
    ['PDCA', 'Plan-Do-Check-Act; plan do check act; PDSA; Plan-Do-Study-Act'],
    [
      'Supplier quality management',
      'supplier quality; supplier quality assurance; supplier audits; supplier development',
    ],
    ['PPAP', 'production part approval process; production part approval'],
    ['APQP', 'advanced product quality planning'],
    ['First article inspection', 'first article inspections; FAI; first article'],
    ['Good manufacturing practice', 'GMP; cGMP; current good manufacturing practices; good manufacturing practices'],
    [
      'Quality assurance',
      'QA; quality management; quality assurance processes; quality systems; total quality management; TQM',
    ],
    [
      'Quality control',
      'quality control analysis; quality inspection; quality checks; inspections; QC',
      'onet=Quality Control Analysis',
    ],
    [
      'Compliance',
      'regulatory compliance; compliance management; compliance monitoring; regulatory requirements; contract compliance; security compliance',
      'ctx',
    ],
    [
      'Reporting',
      'management reporting; report preparation; reports; data reporting; report development; report analysis; report generation; reports generation; reports generation and analysis; metrics reporting; KPI reporting; regulatory reporting',
      'ctx',
    ],
    [
      'Data analysis',
      'data analytics; analyzing data; analytical skills; statistical analysis; quantitative analysis; data interpretation; analyze data; analyse data; analysing data; synthesize data; data analysis skills; analytical reasoning; analytical abilities',
      '',
    ],
    [
      'Research',
      'research skills; market research and analysis; qualitative research; internet research; online research',
      'ctx',
    ],
    [
      'Presentation skills',
      'presentations; public speaking; presenting; speaking; public speaker; confident public speaker; executive presentations',
      'ctx;onet=Speaking',
    ],
    ['Consulting', 'management consulting; business consulting; advisory services; client consulting', 'ctx'],
  ],
  soft: [
    [
      'Communication',
      'communication skills; verbal communication; written communication; oral communication; interpersonal communication; excellent communication; strong communication; communicator; interpersonal skills; interpersonal; effective communicator; proficient communicator; strong communicator; excellent communicator; skilled communicator; effective communication; effective communicator',
      'ctx',
    ],
    [
      'Teamwork',
      'team player; team work; collaboration; team-oriented; team oriented; team orientation; team working; teamwork skills; works well in groups; works well in a group; works well in group settings; works well in group setting; works well in a team',
      'ctx',
    ],
    ['Time management', 'time-management; prioritizing; prioritization; meeting deadlines', 'onet=Time Management'],
    [
      'Problem solving',
      'problem-solving; complex problem solving; problem solver; problem solving skills; solving problems',
      'onet=Complex Problem Solving',
    ],
    [
      'Critical thinking',
      'analytical thinking; critical thinker; analytical thinker; think critically; thinking critically',
      'onet=Critical Thinking',
    ],
    [
      'Organization',
      'organizational skills; organisational skills; organizational abilities; highly organized; well organized; well-organized; strong organizational; excellent organizational; good organizational; extremely organized; exceptionally organized; organized and efficient',
      'ctx',
    ],
    [
      'Multitasking',
      'multi-tasking; multi tasking; multitasker; multitask; multi-task; ability to multitask; multiple tasks; multiple priorities; competing priorities; juggling multiple; juggle multiple',
    ],
    ['Active listening', 'listening skills', 'onet=Active Listening'],
    [
      'Writing',
      'written skills; writing skills; business writing; technical writing; report writing; creative writing',
      'ctx;onet=Writing',
    ],
    ['Editing', 'proofreading; editorial; proof reading', 'ctx'],
  ],
  hr: [
    [
      'HR certification',
      'SHRM-CP; SHRM-SCP; SHRM certified; PHR; SPHR; Professional in Human Resources; Senior Professional in Human Resources; HRCI certified',
    ],
    [
      'Applicant tracking systems',
      'applicant tracking system; applicant tracking; applicant tracking software; ATS software',
    ],
    [
      'Organizational psychology',
      'industrial-organizational psychology; industrial/organizational psychology; industrial and organizational psychology; I/O psychology; I-O psychology; organisational psychology; occupational psychology; occupational health psychology',
    ],
    [
      'Security clearance',
      'secret clearance; top secret clearance; TS/SCI; TS/SCI clearance; security clearances; active clearance',
    ],
    ['Organizational development', 'organisational development; organizational effectiveness; organizational design'],
    [
      'Talent assessment',
      'talent assessments; candidate assessment; candidate assessments; pre-employment assessment; pre-employment testing; skills assessment',
    ],
    [
      'Leadership development',
      'leadership training; leadership development programs; developing leaders; leadership coaching; executive coaching; supervisory training; supervisor training',
    ],
    [
      'Training program development',
      'training development; training program design; designing training programs; training materials; developing training materials; training materials development; develop training programs; training curriculum; learning programs; learning and development programs; L&D programs; training curriculum; training curricula',
    ],
    ['Adult learning', 'adult learning principles; adult learning theory; andragogy; adult education'],
    [
      'Training needs analysis',
      'training needs assessment; training needs assessments; analyze training needs; TNA; training gap analysis; training gaps; skills gap analysis; training matrix',
    ],
    [
      'Training evaluation',
      'training effectiveness; evaluate training effectiveness; evaluating training; evaluation of training',
    ],
    [
      'Job analysis',
      'job analyses; job descriptions; job description writing; writing job descriptions; job evaluations',
    ],
    ['Employee handbooks', 'employee handbook; employee handbook development; handbook development; employee manuals'],
    [
      'Workplace investigations',
      'workplace investigation; HR investigations; internal investigations; conducting investigations',
    ],
    [
      'Employment law',
      'labor law; labor laws; labour law; employment laws; employment legislation; wage and hour; wage and hour laws; human resource laws; HR laws; HR compliance; human resources compliance; labor relations law',
    ],
    [
      'EEO',
      'equal employment opportunity; EEOC; affirmative action; affirmative action compliance; AAP; OFCCP; OFCCP compliance',
    ],
    ['FMLA', 'Family and Medical Leave Act; family medical leave'],
    ['FLSA', 'Fair Labor Standards Act'],
    ['Data privacy', 'data protection; GDPR; privacy compliance; data privacy regulations; privacy regulations'],
    [
      'Recruiting',
      'recruitment; talent acquisition; sourcing candidates; candidate sourcing; full-cycle recruiting; full cycle recruiting; screening candidates; staffing; hiring; hiring and retention; hiring recommendations; interviewing; candidate interviewing; interviewing candidates; full life-cycle recruiting; full life cycle recruiting; social media recruiting; virtual recruiting; virtual recruitment; recruitment planning; campus recruiting; college recruiting; candidate screening; pre-screening; prescreening; phone screening; phone screens; behavioral interviewing; behavioral interviews; behavioural interviewing',
      '',
    ],
    [
      'Onboarding',
      'new hire onboarding; new hire orientation; employee onboarding; new employee orientation; new employee orientations; employee orientation; new hire paperwork; offboarding; off-boarding; onboarding and offboarding',
    ],
    [
      'Employee relations',
      'labor relations; employee engagement; employee retention; terminations; termination procedures',
    ],
    [
      'Benefits administration',
      'employee benefits; benefits; compensation and benefits; benefit administration; benefits administrator; benefits management',
      'ctx',
    ],
    [
      'Compensation',
      'compensation management; salary administration; compensation analysis; job evaluation; compensation administration',
      'ctx',
    ],
    ['HRIS', 'human resources information systems; HR information systems'],
    [
      'Human resources',
      'HR; human resource management; HR management; personnel management; personnel and human resources; HR policies; HR administration',
      'ctx;onet=Personnel and Human Resources',
    ],
    ['Labor law', 'employment law; labor laws; FMLA; EEO; ADA compliance; FLSA; wage and hour'],
    ['Staff retention', 'employee retention; retention strategies; staff retention strategies'],
    ['Workforce planning', 'succession planning; talent management; headcount planning'],
    [
      'Training delivery',
      'training facilitation; facilitation; workshops; instructor-led training; delivering training; deliver training; conducting training; conduct training; training sessions; facilitating training; delivering training programs; learning and development; L&D; learning & development; learning and development programs; learning programs; organizational learning; user training; end-user training; end user training; technical training; software training; customer training; product training',
      'ctx',
    ],
    [
      'Instructional design',
      'curriculum design; e-learning; elearning; course design; training design; course development',
    ],
  ],
  legal: [
    ['Legal research', 'case research; case law research; Westlaw; LexisNexis; Lexis Nexis'],
    ['Litigation', 'litigation support; civil litigation; trial preparation; trial advocacy; litigation management'],
    ['Contract drafting', 'contract review; drafting contracts; legal drafting; drafting agreements'],
    ['Case management', 'case files; caseload; case load; case planning'],
    ['Legal documentation', 'legal documents; pleadings; affidavits; depositions; subpoenas'],
    ['Client advocacy', 'advocacy; client representation; advocating', 'ctx'],
    ['Regulatory affairs', 'regulatory submissions; regulatory filings'],
    ['Mediation', 'arbitration; dispute mediation'],
    [
      'Law',
      'law and government; legal; corporate law; family law; criminal law; immigration law',
      'ctx;onet=Law and Government',
    ],
    ['Paralegal', 'paralegal duties; legal assistance', 'ctx'],
    ['Notary public', 'notary; notarization'],
    [
      'Intellectual property law',
      'IP law; patent law; patent prosecution; patent applications; trademark law; trademark registration; trademark prosecution; copyright law',
    ],
    ['Electronic discovery', 'e-discovery; eDiscovery; discovery requests; discovery responses'],
    // Bare "bankruptcy" is mostly a debtor's or a loan's, and "intellectual property" an employer's.
    ['Bankruptcy law', 'bankruptcy filings; bankruptcy petitions; bankruptcy proceedings; bankruptcy cases'],
    ['Estate planning', 'wills and trusts; probate; estate administration; trusts and estates'],
    [
      'Court filings',
      'e-filing; electronic filing with the courts; filing motions; docketing; docket management; calendaring court dates',
    ],
    [
      'Legal writing',
      'legal briefs; drafting briefs; drafting motions; motions practice; memoranda of law; legal memoranda; appellate briefs',
    ],
    ['Client intake', 'intake interviews; new client intake; intake assessments', 'ctx'],
  ],
  healthcare: [
    ['Health informatics', 'healthcare informatics; clinical informatics; nursing informatics; medical informatics'],
    ['Oncology', 'oncology nursing; cancer care; hematology/oncology; hematology oncology'],
    ['Cardiology', 'cardiac care; cardiovascular care; cardiac nursing; cardiac rehabilitation'],
    ['Critical care', 'ICU; intensive care; critical care nursing; intensive care unit'],
    ['Geriatrics', 'geriatric care; gerontology; geriatric nursing'],
    ['Obstetrics', 'labor and delivery; OB/GYN; maternity care; prenatal care; postpartum care; obstetrical nursing'],
    ['Orthopedics', 'orthopaedics; orthopedic care; orthopedic nursing'],
    ['Telemetry', 'telemetry nursing; cardiac monitoring'],
    ['Dialysis', 'hemodialysis; peritoneal dialysis'],
    ['Hospice care', 'palliative care; end-of-life care; end of life care; hospice'],
    [
      'FDA regulations',
      'FDA compliance; FDA requirements; FDA guidelines; FDA regulatory requirements; 21 CFR; 21 CFR Part 11; FDA submissions; FDA regulatory',
    ],
    ['Standard operating procedures', 'SOPs; SOP development; SOP writing; writing SOPs; standard operating procedure'],
    ['Clinical documentation improvement', 'clinical documentation integrity; CDI specialist; CDI program'],
    [
      'Risk adjustment',
      'risk adjustment coding; HCC coding; HCC codes; CMS HCC; CMS-HCC; HHS HCC; hierarchical condition categories; hierarchical condition category; risk adjustment models',
    ],
    ['Patient positioning', 'positioning patients; patient transfers; patient transfer'],
    ['Bedside manner', 'professional bedside manner; good bedside manner'],
    ['Managed care', 'HMO; HMOs; PPO; PPOs; managed care organizations; managed care plans'],
    ['Medicare and Medicaid', 'Medicare; Medicaid; Medicare/Medicaid; Medicare billing; Medicaid billing'],
    ['MCG criteria', 'MCG guidelines; MCG care guidelines; Milliman Care Guidelines; InterQual; InterQual criteria'],
    [
      'Emergency medicine',
      'emergency care; emergency nursing; emergency room nursing; ER nursing; emergency department nursing; trauma care',
    ],
    [
      'Utilization review',
      'utilization management; utilization reviews; medical necessity review; concurrent review; prior authorization; prior authorizations',
    ],
    ['Medical writing', 'clinical writing; scientific writing; regulatory writing; medical writer'],
    [
      'Nursing license',
      'RN license; registered nurse license; nursing licensure; RN licensure; unrestricted RN license',
    ],
    ['Anatomy and physiology', 'anatomy & physiology; human anatomy; anatomy; physiology'],
    [
      'Patient care',
      'direct patient care; patient-centered care; bedside care; patient assessment; patient assessments; patient services; resident care; patient safety; patient-focused care; patient-centered care; patient centered care',
    ],
    ['Patient education', 'health education; educating patients; patient teaching'],
    [
      'Medication administration',
      'administering medications; medication management; medication pass; med pass; MARs; eMAR; medication administration records',
    ],
    ['Vital signs', 'vitals; taking vital signs; blood pressure; monitoring vital signs'],
    ['Phlebotomy', 'venipuncture; blood draws; drawing blood; specimen collection'],
    [
      'CPR',
      'BLS; basic life support; CPR certified; CPR certification; first aid; first aid/CPR; AED; AED certification; CPR/AED',
    ],
    [
      'ACLS',
      'advanced cardiac life support; PALS; NRP; neonatal resuscitation program; TNCC; trauma nursing core course',
    ],
    ['Certified nursing assistant', 'CNA; certified nurse aide; certified nurse assistant; certified nursing aide'],
    ['EMT certification', 'EMT; EMT-B; EMT-Basic; emergency medical technician; NREMT; EMT certified'],
    ['Certified pharmacy technician', 'CPhT; PTCB; PTCB certified; pharmacy technician certification'],
    ['Certified medical assistant', 'certified medical assistant; CCMA; registered medical assistant'],
    [
      'Electronic health records',
      'EHR; EMR; electronic medical records; electronic medical record; Epic; Cerner; Meditech; charting; clinical documentation',
    ],
    ['Medical terminology', 'medical vocabulary'],
    ['Medical records', 'medical record keeping; patient records; patient charts; medical charts'],
    ['Treatment planning', 'treatment plans; treatment plan; treatment plan development'],
    ['Pain management', 'pain assessment; pain control'],
    [
      'Medical coding',
      'ICD-10; ICD-9; CPT; CPT coding; ICD-10 coding; medical billing; medical billing and coding; coding and billing; billing and coding; surgical coding; outpatient coding; inpatient coding; coding certification',
    ],
    ['HIPAA', 'HIPAA compliance; patient confidentiality; HIPPA'],
    ['Infection control', 'sterile technique; aseptic technique; sterilization; infection prevention'],
    ['Wound care', 'wound dressing; dressing changes'],
    ['IV therapy', 'IV insertion; intravenous therapy; IV starts'],
    ['Case management nursing', 'care coordination; care planning; care plans; discharge planning'],
    ['Triage', 'patient triage'],
    [
      'Clinical research',
      'clinical trials; clinical studies; GCP; good clinical practice; clinical development; clinical operations; clinical trial management; ICH guidelines; ICH GCP',
    ],
    ['Mental health', 'behavioral health; crisis intervention; psychiatric care'],
    [
      'Counseling',
      'therapy and counseling; counselling; individual counseling; group counseling; individual therapy; group therapy; school counseling; career counseling',
      'ctx;onet=Therapy and Counseling',
    ],
    ['Physical therapy', 'rehabilitation; rehab; physical rehabilitation; occupational therapy'],
    ['Pharmacy', 'prescription processing; dispensing medications; dispensing', 'ctx'],
    ['Medical assisting', 'clinical support; rooming patients; EKG; ECG; injections'],
    ['Home health care', 'home health; home care; personal care; activities of daily living; ADLs; ADL'],
    ['Long-term care', 'geriatric care; elderly care; senior care; assisted living; nursing home'],
    ['Pediatrics', 'pediatric care; paediatrics', 'ctx'],
    ['Medicine', 'medicine and dentistry', 'ctx;onet=Medicine and Dentistry'],
    ['Nursing', 'nursing care; registered nursing; RN; LPN; LVN', 'ctx'],
    [
      'Laboratory skills',
      'lab skills; laboratory techniques; lab techniques; laboratory testing; laboratory procedures; lab equipment; laboratory equipment; microscopes; centrifuges; spectrometers',
    ],
    [
      'Health and safety',
      'occupational health and safety; OSHA; workplace safety; safety compliance; safety regulations; safety programs; safety training; safety procedures; environmental health and safety; EHS; HSE; job site safety; jobsite safety; site safety; safe job site set-up; safety audits; safety audit; safety inspections; occupational safety; safety codes; safety',
      'ctx',
    ],
  ],
  fitness: [
    [
      'Body composition analysis',
      'body composition; body fat testing; body fat analysis; body fat measurement; body fat',
    ],
    ['Fitness equipment', 'gym equipment; exercise equipment; fitness equipment maintenance; cardio equipment'],
    [
      'Personal training',
      'personal trainer; one-on-one training; fitness training; strength training; strength and conditioning; weight training',
    ],
    [
      'Group fitness instruction',
      'group fitness; group exercise; fitness classes; aerobics; spin classes; Zumba; boot camp classes',
    ],
    [
      'Exercise programming',
      'exercise prescription; workout programs; workout plans; fitness assessments; fitness assessment; fitness programs',
    ],
    [
      'Nutrition coaching',
      'nutrition; nutritional counseling; diet planning; meal plans; wellness coaching; nutrition education',
      'ctx',
    ],
    ['Yoga', 'yoga instruction; Pilates', 'ctx'],
    // "Coached team members", "team coaching" are a manager's coaching of staff (staff training).
    ['Sports coaching', 'athletic coaching; coaching athletes'],
    ['Injury prevention', 'injury rehabilitation; athletic training; sports medicine'],
    [
      'Personal trainer certification',
      'NASM; NASM-CPT; NASM certified; ACE certified; ACE-CPT; ACSM; ACSM certified; NSCA; CSCS; NSCA-CPT; ISSA certified',
    ],
  ],
  education: [
    [
      'Teaching certification',
      'teaching certificate; teaching license; teaching credential; teacher certification; teaching certifications; state teaching license',
    ],
    [
      'Program development',
      'program design; program planning; program implementation; programme development; developing programs; develop programs',
    ],
    [
      'Program evaluation',
      'program evaluations; programme evaluation; program assessment; outcome evaluation; evaluating programs',
    ],
    ['Lesson planning', 'lesson plans; lesson plan; lesson preparation; unit planning; planning lessons'],
    [
      'Classroom management',
      'behavior management; behaviour management; classroom discipline; positive behavior support; PBIS; behavior modification; behaviour modification',
    ],
    [
      'Curriculum development',
      'curriculum; curriculum planning; curriculum design; curriculum writing; curriculum implementation',
    ],
    [
      'Differentiated instruction',
      'differentiation; individualized instruction; small group instruction; whole group instruction; guided reading; differentiated learning; differentiated lessons; differentiated learners',
    ],
    [
      'Student assessment',
      'formative assessment; summative assessment; progress monitoring; grading papers; grading assignments; grading tests; grading and assessment; student evaluation; student assessments; testing and assessment',
    ],
    ['Special education', 'IEP; IEPs; individualized education program; individualized education plans; special needs'],
    ['Tutoring', 'tutor; one-on-one tutoring; homework help'],
    [
      'Teaching',
      'instruction; instructing; classroom instruction; teaching experience; education and training; teaching styles; teaching strategies; teaching methods; teaching methodologies; instructional strategies',
      'ctx;onet=Education and Training',
    ],
    [
      'Early childhood education',
      'early childhood development; preschool; child development; childcare; child care; daycare',
    ],
    [
      'Educational technology',
      'smart board; SMART Board; Blackboard; Google Classroom; Moodle; learning management system; LMS',
    ],
    ['Parent communication', 'parent conferences; parent-teacher conferences; family engagement; parent involvement'],
    ['ESL instruction', 'ESL; English as a second language; TESOL; TEFL; ELL; English language learners'],
    ['Literacy instruction', 'reading instruction; phonics; literacy'],
    ['STEM education', 'STEM; science instruction; math instruction'],
    ['Academic advising', 'student advising; advising; student counseling; college counseling', 'ctx'],
  ],
  culinary: [
    [
      'Restaurant management',
      'restaurant operations; food and beverage management; F&B management; food service management',
    ],
    ['Butchery', 'butchering; meat cutting; meat fabrication; whole animal butchery; butchery skills'],
    ['Sauce making', 'sauces; sauce work; saucier; mother sauces; sauce preparation'],
    ['Sous vide', 'sous-vide; sous vide cooking; sous vide technique'],
    [
      'Food presentation',
      'plating and presentation; plate presentation; presentation of food; food plating; food styling; garnishing; plate design',
    ],
    [
      'Food preparation',
      'food prep; prep work; meal preparation; preparing food; food production; cooking; culinary arts; culinary skills; culinary',
      'onet=Food Production',
    ],
    [
      'Menu planning',
      'menu development; menu design; menu creation; menus; menu costing; recipe development; recipe creation; recipes; menu writing',
    ],
    [
      'Food safety',
      'food handling; safe food handling; food safety standards; food sanitation; sanitation; ServSafe; ServSafe certified; HACCP; food handler; food handlers',
    ],
    ['Kitchen management', 'kitchen operations; back of house; BOH; line management; kitchen staff management'],
    ['Food cost control', 'food costing; food cost; food costs; portion control; waste reduction; labor cost control'],
    ['Catering', 'banquets; banquet; catering operations; event catering'],
    ['Baking', 'pastry; pastries; bread making; cake decorating; desserts'],
    ['Line cooking', 'line cook; grill; sauté; saute; broiler; fry station; prep cook', 'ctx'],
    [
      'Food service',
      'food and beverage; F&B; restaurant operations; dining services; front of house; FOH; table service; fine dining',
      '',
    ],
    ['Bartending', 'bartender; mixology; cocktails; beverage service'],
    [
      'Inventory management',
      'inventory; inventory control; stock control; stock management; ordering supplies; ordering; receiving; stock rotation; inventory tracking; inventory levels; physical inventory; physical inventories; inventory counts; cycle counts; cycle counting',
      'ctx',
    ],
    [
      'Purchasing',
      'procurement; buying; sourcing; purchase orders; purchase order; retail buying; ordering supplies; office supplies; supply ordering; strategic sourcing',
      'ctx',
    ],
    ['Hospitality', 'hospitality management; hotel operations; guest relations', 'ctx'],
    ['Knife skills', 'knife handling'],
    [
      'Nutrition',
      'dietary; dietetics; special diets; therapeutic diets; weight management; weight loss counseling',
      'ctx',
    ],
  ],
  trades: [
    [
      'EPA 608 certification',
      'EPA 608; EPA Section 608; EPA Universal certification; EPA universal certified; EPA certification',
    ],
    [
      'Electrician license',
      'journeyman electrician license; journeyman license; master electrician license; licensed electrician',
    ],
    [
      'Welding certification',
      'AWS D1.1; certified welder; welding certification; welding certifications; AWS certified welder',
    ],
    ['Demolition', 'demolition work; selective demolition; interior demolition'],
    // Not bare "assembly" (a general assembly, an assembly language) nor "mechanical" or "final
    // assembly", whose plurals are parts ("sub assemblies", "propeller shaft assemblies").
    ['Product assembly', 'assembly line; assembly line work; assembly work; manual assembly; assembly operations'],
    [
      'House painting',
      'interior painting; exterior painting; residential painting; commercial painting; spray painting; painting and drywall; drywall and painting; wall painting',
    ],
    [
      'HAZMAT',
      'hazardous materials; hazardous materials handling; hazardous material handling; hazardous waste handling; HAZWOPER; hazmat certified',
    ],
    [
      'Erosion and sediment control',
      'erosion control; erosion and sedimentation control; sediment control; SWPPP; stormwater pollution prevention',
    ],
    [
      'Subcontractor management',
      'subcontractor coordination; managing subcontractors; subcontractor supervision; subcontractor scheduling',
    ],
    ['Commercial construction', 'commercial construction projects; tenant improvements; tenant improvement'],
    [
      'Residential construction',
      'residential building; home building; homebuilding; new home construction; new construction; residential remodeling',
    ],
    [
      'Energy conservation',
      'energy efficiency; energy management; energy audits; energy audit; energy savings; energy conservation measures; ECMs; retrofits; retrofit',
    ],
    [
      'Instrumentation',
      'instrumentation and controls; instrument calibration; process instrumentation; controls and instrumentation',
      'ctx',
    ],
    [
      'Blueprint reading',
      'reading blueprints; blueprints; blueprint; schematics reading; reading schematics; schematics; electrical schematics; wiring diagrams; technical drawings; construction drawings; shop drawings; plan reading; print reading; reading prints',
    ],
    ['Calibration', 'calibrations; equipment calibration; calibrating equipment; calibrating instruments', 'ctx'],
    ['Framing', 'wood framing; wall framing; metal framing; rough framing; framing carpentry', 'ctx'],
    ['Carpentry', 'finish carpentry; rough carpentry; cabinetry; woodworking; trim carpentry'],
    [
      'Construction management',
      'construction; building and construction; general contracting; site management; job site management; construction projects; construction supervision; site supervision',
      'ctx;onet=Building and Construction',
    ],
    [
      'Estimating',
      'cost estimating; cost estimates; estimates; bidding; bid preparation; takeoffs; quantity takeoff; project estimation; cost estimation; estimation',
      'ctx',
    ],
    [
      'Electrical',
      'electrical wiring; wiring; electrical systems; electrical installation; electrical repair; conduit',
      'ctx',
    ],
    ['Plumbing', 'pipe fitting; pipefitting; plumbing systems'],
    ['Welding', 'MIG welding; TIG welding; arc welding; stick welding; welder; metal fabrication'],
    ['HVAC', 'heating ventilation and air conditioning; refrigeration; HVAC systems'],
    [
      'Masonry',
      'concrete; concrete work; bricklaying; drywall; painting and drywall; tile installation; roofing',
      'ctx',
    ],
    ['Power tools', 'hand tools; hand and power tools', 'ctx'],
    [
      'Heavy equipment operation',
      'heavy equipment; equipment operation; excavator; backhoe; bulldozer; crane operation; skid steer; skid steers; skid-steer; front-end loader; front end loader',
    ],
    ['Machining', 'CNC machining; machine shop; lathe; lathes; milling machine; milling machines; manual machining'],
    ['Soldering', 'soldering iron; soldering irons; hand soldering; through-hole soldering; SMT soldering'],
    [
      'Electronic test equipment',
      'test equipment; test and measurement equipment; oscilloscope; oscilloscopes; multimeter; multimeters; digital multimeter; logic analyzer; logic analyzers; spectrum analyzer; spectrum analyzers; signal generator; signal generators; voltmeter; voltmeters',
    ],
    [
      'Precision measurement',
      'calipers; caliper; precision measuring instruments; precision measuring tools; measuring instruments',
    ],
    ['Personal protective equipment', 'PPE'],
    ['Forklift operation', 'forklift; forklift certified; forklifts; pallet jack; material handling'],
    [
      'Equipment maintenance',
      'preventive maintenance; preventative maintenance; maintenance and repair; equipment repair; repairs; repairing; maintenance',
      'ctx;onet=Equipment Maintenance|Repairing',
    ],
    [
      'Troubleshooting',
      'troubleshoot; diagnostics; diagnosing problems; fault finding; trouble shooting; trouble-shooting',
      'onet=Troubleshooting',
    ],
    ['Installation', 'installations; installing; equipment installation', 'ctx;onet=Installation'],
    ['Building codes', 'code compliance; building code; NEC; national electrical code; permits; permitting'],
    ['Site safety', 'job site safety; jobsite safety; OSHA 10; OSHA 30; fall protection'],
    ['Scheduling construction', 'project scheduling; construction scheduling; Primavera; MS Project scheduling'],
    ['Surveying', 'land surveying; site surveys; site survey; GPS surveying'],
    ['Landscaping', 'lawn care; grounds maintenance; gardening; irrigation'],
    ['Mechanical', 'mechanical systems; mechanical aptitude; mechanical skills', 'ctx;onet=Mechanical'],
  ],
  automotive: [
    [
      'Automotive repair',
      'auto repair; vehicle repair; vehicle maintenance; automotive service; car repair; automotive maintenance; brake repair; brakes; engine repair; transmission repair; oil changes; tire rotation; tune-ups',
    ],
    [
      'Vehicle diagnostics',
      'automotive diagnostics; engine diagnostics; diagnostic equipment; OBD; OBD-II; scan tools',
    ],
    ['ASE certification', 'ASE; ASE certified; ASE Master Technician'],
    ['Auto body repair', 'collision repair; body work; auto body; paint and body; dent repair'],
    ['Diesel mechanics', 'diesel engines; diesel repair; diesel engine repair'],
    ['Automotive sales', 'car sales; auto sales; vehicle sales; F&I; finance and insurance'],
    ['Service advising', 'service advisor; service writing; service writer; repair orders'],
    ['Parts management', 'parts inventory; parts ordering; parts department'],
  ],
  aviation: [
    ['Sheet metal', 'sheet metal fabrication; sheet metal work; sheet metal repair; sheetmetal; sheet metal mechanics'],
    [
      'Hydraulics',
      'hydraulic systems; hydraulic system; hydraulic repair; hydraulic maintenance; hydraulic troubleshooting; hydraulics and pneumatics',
    ],
    ['Pneumatics', 'pneumatic systems; pneumatic controls; pneumatic tools'],
    [
      'Composites',
      'composite repair; composite materials; composite fabrication; fiberglass; fiberglass repair; carbon fiber; fibreglass',
    ],
    ['Vibration analysis', 'vibration monitoring; vibration testing; vibration diagnostics'],
    [
      'Flight testing',
      'flight test; flight tests; flight test engineering; flight test management; flight test operations',
    ],
    [
      'Unmanned aircraft systems',
      'UAS; UAV; UAVs; unmanned aerial vehicles; unmanned aircraft; drone operations; UAS operations; drone piloting; sUAS',
    ],
    ['Aircraft modification', 'aircraft modifications; aircraft modification management; aircraft mods'],
    [
      'Aircraft maintenance',
      'aircraft repair; airframe; airframe and powerplant; A&P; A&P license; aircraft inspection; aircraft inspections; powerplant; aviation maintenance; line maintenance',
    ],
    ['Flight operations', 'flight planning; flight dispatch; dispatching; aircraft dispatch'],
    [
      'FAA regulations',
      'FAA; FARs; Federal Aviation Regulations; FAA regulations compliance; Part 121; Part 135; Part 91',
    ],
    [
      'Piloting',
      'pilot; flying; flight hours; instrument rating; multi-engine; commercial pilot; flight instruction; CFI',
      'ctx',
    ],
    ['Air traffic control', 'ATC; air traffic'],
    ['Avionics', 'avionics systems; avionics repair'],
    ['Aviation safety', 'flight safety; safety management system; aircraft safety; airport safety; ramp safety', 'ctx'],
    ['Background checks', 'background check; background investigations; background screening; background screenings'],
    ['Weapons training', 'firearms training; firearms qualification; weapons qualification; use of force training'],
    ['Ground operations', 'ramp operations; ramp agent; baggage handling; ground handling; aircraft fueling; fueling'],
    ['In-flight service', 'flight attendant; cabin service; passenger safety; passenger service'],
  ],
  agriculture: [
    [
      'Crop management',
      'crop production; crops; crop rotation; planting; harvesting; harvest; cultivation; agronomy; irrigation management; crop protection',
    ],
    [
      'Livestock management',
      'livestock; animal husbandry; herd management; animal care; animal handling; feeding animals',
    ],
    ['Farm equipment operation', 'tractor; tractors; farm equipment; agricultural equipment; farm machinery'],
    ['Pest management', 'pest control; integrated pest management; IPM; pesticide application; pesticides; herbicides'],
    ['Soil science', 'soil testing; soil analysis; soil sampling; soil fertility; fertilization; fertilizers'],
    ['Horticulture', 'greenhouse; greenhouse management; plant propagation; floriculture'],
    ['Agricultural research', 'field trials; field research; plant breeding; crop research; agronomic research'],
    // Not "vaccination" alone: postings ask it of people ("COVID-19 vaccination required").
    ['Veterinary care', 'veterinary; animal health; animal vaccinations; vaccinating animals'],
    [
      'Plant identification',
      'identify plants; identifying plants; plant id; weed identification; identify weeds; species identification; plant taxonomy',
    ],
    ['ATV operation', 'ATV; ATVs; all-terrain vehicle; all-terrain vehicles; UTV; UTVs'],
    ['Legal descriptions', 'legal description; land descriptions; metes and bounds; title status reports'],
    ['Food processing', 'meat processing; food manufacturing; processing plant'],
    [
      'Environmental science',
      'environmental compliance; environmental monitoring; conservation; natural resources; sustainability; wildlife management',
    ],
  ],
  apparel_design: [
    [
      'Makeup application',
      'make-up application; makeup artistry; make-up artistry; bridal makeup; airbrush makeup; special effects makeup',
    ],
    ['Waxing', 'facial waxing; body waxing; eyebrow waxing; brow waxing; hair removal; threading', 'ctx'],
    [
      'Chemical hair services',
      'permanent waving; perms; chemical relaxing; relaxers; chemical straightening; keratin treatments',
    ],
    ['Technical sketching', 'technical sketches; flat sketches; fashion sketches; fashion sketching; technical flats'],
    ['Line sheets', 'line sheet; linesheets'],
    ['Garment fitting', 'garment fittings; fit approvals; fit cycle; fit samples; fit comments'],
    ['Fashion design', 'apparel design; clothing design; garment design; fashion illustration; collection development'],
    ['Pattern making', 'patternmaking; pattern drafting; draping; grading patterns'],
    // "Tailoring" is mostly of curricula and solutions ("tailoring curriculum plans"), bare
    // "alterations" of buildings and aircraft.
    [
      'Sewing',
      'garment construction; garment alterations; clothing alterations; sewing machines; stitching; embroidery',
    ],
    ['Textiles', 'fabrics; fabric selection; textile design; fabric sourcing'],
    ['Trend analysis', 'trend forecasting; fashion trends; trend research'],
    ['Product development', 'new product development; product lifecycle; product design; NPD'],
    ['Technical design', 'tech packs; tech pack; spec sheets; garment specifications; fit sessions; tech design'],
    ['Styling', 'personal styling; wardrobe styling; visual styling', 'ctx'],
    [
      'Graphic design',
      'graphics; graphic arts; layout design; layouts; logo design; print design; visual design; visual communication',
    ],
    ['Illustration', 'drawing; sketching; illustrating; digital illustration', 'ctx'],
    ['Interior design', 'space planning; interior decorating; interior decoration'],
    ['Floral design', 'floral arrangements; flower arrangements; arranging flowers; floristry; florist'],
    [
      'Photography',
      'photo editing; photo shoots; photoshoots; product photography; digital photography; photographer; photo retouching; retouching; image editing; image retouching; photo manipulation',
    ],
    ['Videography', 'video production; video editing; film production; filming; videographer; video shooting'],
    ['Animation', '3D animation; 2D animation; motion graphics; 3D modeling; 3D modelling'],
    [
      'User experience design',
      'UX design; UX; user experience; UI design; UI/UX; user interface design; wireframing; wireframes; prototyping; user research; usability testing',
    ],
    ['Web design', 'website design; web page design; website development'],
    ['Fine arts', 'painting; sculpture; printmaking; studio art; ceramics', 'ctx;onet=Fine Arts'],
    ['Art direction', 'creative direction; art director; creative concepts'],
    ['Music', 'music production; audio production; sound engineering; sound design', 'ctx'],
    [
      'Cosmetology',
      'hair styling; hair cutting; haircutting; hair coloring; makeup; make-up; makeup artistry; skin care; skincare; esthetics; nail care; manicures; pedicures; beauty',
    ],
    ['Theater production', 'stage management; theatre; theater', 'ctx'],
    ['Drafting', 'CAD drafting; technical drawing; drafting and design; CAD; computer-aided design'],
  ],
  media: [
    ['Typography', 'typesetting; type design; typographic design'],
    ['Color theory', 'colour theory; color matching; colour matching; color correction; colour correction'],
    [
      'Page layout',
      'layout design; page layouts; layouts; layout; brochure design; newsletter design; newsletter formatting',
      'ctx',
    ],
    ['Concept development', 'concept design; conceptual design; concepting; concept creation; idea generation'],
    [
      'Rendering',
      'renderings; 3D rendering; architectural rendering; architectural renderings; photorealistic rendering',
      'ctx',
    ],
    ['Journalism', 'news writing; reporting news; news reporting; interviewing sources; feature writing'],
    ['Content management', 'content management systems; CMS; web content; web content management'],
    ['Digital media', 'new media; multimedia; multimedia production; digital content'],
    ['Broadcasting', 'broadcast; radio; television production; TV production; on-air'],
    ['Blogging', 'blog; blogs; blog writing'],
    ['Media planning', 'media strategy; media plans'],
  ],
  engineering: [
    // Hardware, electronics and audio engineering as their postings and resumes write them.
    ['PCB design', 'PCB layout; PCB layouts; printed circuit board design; printed circuit board layout; board layout'],
    [
      'Circuit design',
      'analog circuit design; digital circuit design; analog design; mixed-signal design; schematic capture',
    ],
    ['Signal integrity', 'power integrity; signal and power integrity; SI/PI'],
    ['FPGA', 'FPGAs; FPGA design; FPGA development; field-programmable gate array; field programmable gate arrays'],
    ['RF engineering', 'RF design; radio frequency engineering; RF circuit design; RF systems; RF engineering design'],
    ['Antenna design', 'antenna engineering; antennas'],
    ['Digital signal processing', 'signal processing'],
    ['Embedded systems', 'embedded software; embedded firmware; embedded development; embedded systems development'],
    ['Power electronics', 'power converters; power supply design'],
    ['Thermal analysis', 'thermal management; thermal design; heat transfer analysis'],
    ['Injection molding', 'plastic injection molding; injection moulding'],
    ['Acoustics', 'acoustic engineering; acoustical engineering; room acoustics'],
    ['Audio engineering', 'mixing and mastering; audio mastering; sound mixing; live sound mixing; audio mixing'],
    ['A/B testing', 'AB testing; split testing; multivariate testing'],
    ['PMP', 'PMP certification; PMP certified; PMP certificate'],
    ['Safety engineering', 'system safety; system safety engineering; hazard analysis; functional safety'],
    ['Systems architecture', 'system architecture; system architectures'],
    [
      'SDLC',
      'software development life cycle; software development lifecycle; systems development life cycle; system development life cycle',
    ],
    [
      'Software testing',
      'software QA; software quality assurance; QA testing; manual testing; regression testing; functional testing; test cases; test scripts; automated testing; test automation; automation testing; performance testing; load testing; integration testing; end-to-end testing; unit testing; system testing; user acceptance testing',
    ],
    [
      'Web development',
      'website development; web site development; website creation; website maintenance; web site maintenance',
    ],
    ['Systems thinking', 'system thinking; systems approach'],
    ['LEED', 'LEED AP; LEED certified; LEED certification; LEED Green Associate; green building'],
    [
      'Disaster recovery',
      'business continuity; disaster recovery planning; DR planning; backup and recovery; business continuity planning',
    ],
    [
      'Data visualization',
      'data visualisation; visualization; visualisation; visualizations; dashboards; dashboard development; dashboarding',
      'ctx',
    ],
    [
      'Statistical modeling',
      'statistical modelling; predictive modeling; predictive modelling; regression analysis; regression modeling; statistical models',
    ],
    ['Web scraping', 'web crawling; screen scraping; data scraping'],
    ['Data warehousing', 'data warehouse; data warehouses; DWH; data warehouse design; data marts'],
    [
      'GIS',
      'geographic information systems; geographic information system; geospatial analysis; GIS mapping; GIS software',
    ],
    [
      'Engineering design',
      'product design engineering; mechanical design; design engineering; design and development; design reviews',
      '',
    ],
    [
      'Technical documentation',
      'technical documents; documentation; specifications; technical reports; technical specifications; user manuals; user manual; training manuals; training manual; user documentation; process documentation; design documentation; functional specifications; design specifications; system specifications',
      'ctx',
    ],
    [
      'Root cause analysis',
      'RCA; failure analysis; 8D; corrective action; corrective and preventive action; CAPA; FMEA',
    ],
    [
      'Testing and validation',
      'test plans; validation; testing; test procedures; V&V; user acceptance testing; UAT',
      'ctx',
    ],
    [
      'Manufacturing processes',
      'manufacturing; production processes; production planning; production scheduling; production',
      'ctx;onet=Production and Processing',
    ],
    ['Process engineering', 'process design; process control; process development'],
    ['Structural analysis', 'finite element analysis; FEA; stress analysis; structural design'],
    ['Electrical engineering', 'circuit design; PCB design; power systems; electronics', 'ctx'],
    ['Mechanical engineering', 'thermodynamics; fluid mechanics; heat transfer; machine design'],
    [
      'GD&T',
      'geometric dimensioning and tolerancing; geometric dimensioning & tolerancing; tolerancing; tolerance analysis; tolerance stack-up; tolerance stackups',
    ],
    ['Engineering drawings', 'engineering drawing; detail drawings; assembly drawings; mechanical drawings'],
    ['Bill of materials', 'bills of materials; BOM; BOMs; bill of material'],
    [
      'Design for manufacturability',
      'DFM; DFMA; design for manufacturing; design for manufacture; design for assembly; DFM/DFA; design for manufacturing and assembly',
    ],
    ['Product data management', 'PDM; ePDM; SolidWorks PDM; product data management systems'],
    ['Civil engineering', 'site development; stormwater; transportation engineering; geotechnical'],
    ['Chemical engineering', 'process chemistry; chemical processes'],
    ['Systems engineering', 'requirements analysis; requirements management; systems integration; system integration'],
    [
      'Technical support',
      'tech support; help desk; helpdesk; desktop support; IT support; end user support; user support; technical assistance',
    ],
    [
      'Network administration',
      'LAN; WAN; LAN/WAN; TCP/IP; network security; firewalls; routers; switches; VPN; network troubleshooting; local area network; local area networks; wide area network; wide area networks; computer networking; computer networks; network management; network monitoring; network support',
      '',
    ],
    ['Operating systems', 'operating system; OS installation; OS installations', 'ctx'],
    ['Data mining', 'data mining techniques'],
    ['Data migration', 'data conversion; data conversions'],
    ['Systems analysis', 'system analysis; systems analysis and design'],
    ['Video conferencing', 'videoconferencing; video conference; video conferences; video conferencing systems'],
    ['Configuration management', 'configuration control; software configuration management'],
    ['Design of experiments', 'design of experiment; experimental design'],
    ['Process capability', 'Cpk; process capability studies; process capability analysis'],
    ['Fiber optics', 'fiber optic; fibre optics; fibre optic; fiber optic cabling; fiber splicing'],
    ['Fire protection', 'fire protection systems; fire suppression; fire suppression systems; fire alarm systems'],
    ['Hazardous waste management', 'hazardous waste; hazardous waste disposal'],
    ['Change orders', 'change order; change order management'],
    ['System administration', 'systems administration; server administration; Active Directory; user accounts'],
    ['Hardware', 'computer hardware; hardware installation; hardware troubleshooting', 'ctx'],
    [
      'Software development',
      'software engineering; programming; application development; software design',
      'onet=Programming',
    ],
    ['Database management', 'databases; database administration; database design; data management'],
    [
      'Cybersecurity',
      'information security; IT security; security operations; cyber security; vulnerability assessment; penetration testing',
    ],
    [
      'Computer literacy',
      'computer skills; computer proficiency; proficient in computers; computers and electronics; computer proficient; computer literate; computer savvy; computer-savvy; tech savvy; tech-savvy; technologically savvy; IT skills; PC skills',
      'ctx;onet=Computers and Electronics',
    ],
  ],
  // Laboratory and research science: what biologists, chemists and their technicians write
  // ("Western Blot", "HPLC", "cell culture"): methods. The names of sciences ("Microbiology",
  // "Biochemistry", "Genetics", "Analytical Chemistry") are left out: over the corpus they were
  // mostly courses, degrees and university departments, not work done.
  science: [
    ['Molecular biology', 'molecular biology techniques; molecular techniques; molecular cloning; gene cloning'],
    [
      'Microbiological testing',
      'microbiology testing; microbial testing; microbiological analysis; microbial identification; microbiology test methods; microbial enumeration',
    ],
    ['Protein purification', 'protein expression and purification; protein characterization; protein expression'],
    [
      'Cell culture',
      'tissue culture; mammalian cell culture; cell culturing; cell culture techniques; cell lines maintenance; primary cell culture',
    ],
    [
      'PCR',
      'qPCR; RT-PCR; RT-qPCR; real-time PCR; quantitative PCR; polymerase chain reaction; polymerase chain reactions',
    ],
    ['Western blotting', 'Western blot; Western blots; Western blot analysis; immunoblotting; immunoblot'],
    ['ELISA', 'enzyme-linked immunosorbent assay; enzyme-linked immunosorbent assays; ELISAs'],
    [
      'Chromatography',
      'HPLC; UPLC; high-performance liquid chromatography; high performance liquid chromatography; liquid chromatography; gas chromatography; GC-MS; LC-MS; LC-MS/MS; thin layer chromatography; ion chromatography; column chromatography',
    ],
    ['Mass spectrometry', 'mass spec; tandem mass spectrometry'],
    [
      'Spectroscopy',
      'spectrophotometry; UV-Vis spectroscopy; UV-Vis; infrared spectroscopy; FTIR; FT-IR; NMR spectroscopy; Raman spectroscopy; atomic absorption spectroscopy',
    ],
    ['Flow cytometry', 'FACS analysis; fluorescence-activated cell sorting'],
    ['Gel electrophoresis', 'electrophoresis; SDS-PAGE; agarose gel electrophoresis; gel electrophoresis techniques'],
    [
      'DNA sequencing',
      'next-generation sequencing; Sanger sequencing; RNA sequencing; RNA-seq; DNA extraction; DNA isolation; RNA extraction; RNA isolation; nucleic acid extraction; plasmid DNA isolation',
    ],
    ['Immunohistochemistry', 'IHC; immunofluorescence; immunocytochemistry'],
    [
      'Microscopy',
      'confocal microscopy; fluorescence microscopy; electron microscopy; light microscopy; microscope work',
    ],
    ['Genetic analysis', 'genotyping; genomic analysis; genetic testing; genetic screening'],
    [
      'Chemical analysis',
      'wet chemistry; chemical analyses; analytical chemistry techniques; analytical method development; analytical methods development',
    ],
    ['Organic synthesis', 'chemical synthesis; synthetic chemistry'],
    ['Toxicology', 'toxicological testing; toxicity testing'],
    ['Pharmacology', 'pharmacokinetics; pharmacodynamics'],
    ['Good laboratory practice', 'GLP; good laboratory practices; Good Laboratory Practice (GLP)'],
    ['Assay development', 'assay validation; bioassays; bioassay; assay optimization; immunoassays; immunoassay'],
    ['Sample preparation', 'sample prep; specimen preparation; sample processing'],
    ['Animal handling', 'animal handling techniques; rodent handling; small animal handling; animal surgery'],
  ],
  logistics: [
    ['TWIC', 'TWIC card; Transportation Worker Identification Credential'],
    [
      'Logistics',
      'logistics management; shipping and receiving; shipping; distribution; freight; warehousing; warehouse operations; warehouse management',
      'ctx',
    ],
    [
      'Supply chain management',
      'supply chain; supply chain operations; demand planning; materials management; material planning; MRP',
    ],
    [
      'Transportation management',
      'fleet management; dispatch; dispatching trucks; route planning; routing; transportation; transportation management system; transportation management systems; transportation management software; TMS',
      'ctx',
    ],
    [
      'Customs compliance',
      'import/export; import export; customs; international shipping; export compliance; import and export; imports and exports; customs regulations; customs clearance; foreign trade; trade compliance; import compliance',
    ],
    ['Commercial driving', 'CDL; commercial driver license; CDL Class A; Class A CDL; truck driving; delivery driving'],
    ['Water treatment', 'wastewater treatment; water and wastewater treatment; water purification'],
    [
      'Security operations',
      'loss prevention operations; surveillance; patrolling; access control; public safety and security',
      'ctx;onet=Public Safety and Security',
    ],
    ['Video surveillance', 'CCTV; CCTV monitoring; video monitoring; surveillance cameras; camera monitoring'],
    ['Incident reporting', 'incident reports; incident report writing; police reports; accident reports'],
    // "Crisis intervention" itself stays Mental health's: a counselor's.
    [
      'De-escalation',
      'de-escalation techniques; verbal de-escalation; conflict de-escalation; crisis prevention; nonviolent crisis intervention',
    ],
    ['Inmate supervision', 'supervision of inmates; inmate counts; inmate management; inmate custody; inmate movement'],
    ['Order picking', 'order pulling; order selection; picking and packing; pick and pack; order fulfillment'],
    [
      'Janitorial services',
      'janitorial duties; janitorial work; custodial services; custodial duties; custodial work; floor care; floor maintenance; stripping and waxing floors; floor stripping; floor waxing; carpet cleaning; restroom cleaning',
    ],
    [
      'Housekeeping',
      'housekeeping services; room cleaning; laundry services; linen service; guest room cleaning',
      'ctx',
    ],
  ],
  real_estate_insurance: [
    ['Real estate', 'property management; leasing; real estate transactions; property leasing; tenant relations'],
    [
      'Insurance',
      'insurance claims; claims processing; claims handling; claims adjusting; policy administration; insurance sales',
      'ctx',
    ],
    ['Appraisal', 'appraisals; valuation; property valuation'],
  ],
  languages: [
    ['French', 'fluent in French; French language; French speaking; French-speaking', 'ctx;strict;any'],
    ['German', 'fluent in German; German language; German speaking; German-speaking', 'ctx;strict;any'],
    ['Italian', 'fluent in Italian; Italian language; Italian speaking', 'ctx;strict;any'],
    ['Portuguese', 'fluent in Portuguese; Portuguese language; Portuguese speaking', 'ctx;strict;any'],
    [
      'Chinese',
      'Mandarin; Mandarin Chinese; Cantonese; fluent in Mandarin; Chinese language; fluent in Chinese',
      'ctx;strict;any',
    ],
    ['Japanese', 'fluent in Japanese; Japanese language', 'ctx;strict;any'],
    ['Korean', 'fluent in Korean; Korean language', 'ctx;strict;any'],
    ['Arabic', 'fluent in Arabic; Arabic language', 'ctx;strict;any'],
    ['Russian', 'fluent in Russian; Russian language', 'ctx;strict;any'],
    ['Greek', 'fluent in Greek; Greek language', 'ctx;strict;any'],
    ['Vietnamese', 'fluent in Vietnamese; Vietnamese language', 'ctx;strict;any'],
    ['Tagalog', 'Filipino language; fluent in Tagalog', 'ctx;strict;any'],
    ['Hindi', 'fluent in Hindi', 'ctx;strict;any'],
    ['American Sign Language', 'ASL; sign language', 'any'],
  ],
};

const parseFlags = (flags = ''): { contextual: boolean; strict: boolean; anyOccupation: boolean; onet: string[] } => {
  const parts = flags
    .split(';')
    .map((f) => f.trim())
    .filter(Boolean);
  return {
    contextual: parts.includes('ctx'),
    strict: parts.includes('strict'),
    anyOccupation: parts.includes('any'),
    onet: parts.filter((f) => f.startsWith('onet=')).flatMap((f) => f.slice(5).split('|')),
  };
};

export const PROFESSIONAL_SKILLS: readonly ProfessionalSkill[] = Object.entries(ROWS).flatMap(([category, rows]) =>
  rows.map(([name, aliases, flags]) => {
    const { contextual, strict, anyOccupation, onet } = parseFlags(flags);
    return {
      name,
      aliases: aliases
        .split(';')
        .map((a) => a.trim())
        .filter(Boolean),
      category: category.replace(/_/g, ' '),
      ...(contextual ? { contextual } : {}),
      ...(anyOccupation ? { anyOccupation } : {}),
      ...(strict ? { strict } : {}),
      ...(onet.length > 0 ? { onet } : {}),
    };
  }),
);
