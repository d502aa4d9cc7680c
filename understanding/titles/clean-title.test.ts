import { bareTitle, cleanTitle } from './clean-title';

describe('cleaning real posting titles', () => {
  it.each([
    ['Middle Scala Engineer (Social Shopping Platform)', 'scala engineer'],
    ['Senior iOS Engineer (Czech Republic)', 'ios engineer'],
    ['Python Engineer (m/f/x) onsite or remote (in Germany or Austria)', 'python engineer'],
    ['Senior Full Stack Engineer - Creatives Library', 'full stack software engineer'],
    ['Platform engineer, MLOps', 'platform software engineer machine learning operations'],
    ['Software Engineering Manager', 'software development manager'],
    ['Software Engineer (1659)', 'software engineer'],
    ['Node.js Developer (REF 04-01D)', 'node.js developer'],
    ['Data Engineer Senior - CDI H/F', 'data engineer'],
    ['Java / Kotlin Backend Engineer (all gender)', 'kotlin backend engineer'],
    ['Développeur(se) - Java - Services Publics - Bordeaux', 'developer'],
    ['Softwareentwickler (m/w/d) für Prozesstechnik', 'software developer for process engineering'],
    ['Chef de projet homologation Grands Comptes F/H', 'project manager homologation grands comptes'],
    ['Director, Corporate Development (CA)', 'director corporate finance'],
    // An acronym of a role names its work: the team after it is no function of a bare rank.
    ['QA Engineer II (Data-Actuarial)', 'software quality assurance engineer'],
    ['Senior QA Engineer, iOS', 'software quality assurance engineer'],
    // Initials in brackets that repeat the words before them go.
    ['Site Reliability Engineering (SRE) Engineer', 'site reliability software engineer'],
    ['Business Intelligence (BI) Analyst', 'business intelligence analyst'],
    ['Systems Reliability Engineer (SRE) - Edge', 'systems reliability software engineer'],
    // "staff" is no level here: the software companies' engineer.
    ['Member of Technical Staff, Frontend', 'software engineer'],
    ['KEYHOLDER', 'key holder'],
    ['Lead Offensive Security Engineer', 'penetration testing engineer'],
    ['Threat Intelligence Engineer', 'threat intelligence security engineer'],
    ['Scraping engineer', 'web scraping software engineer'],
    ['Senior Detection & Response Engineer', 'information security engineer'],
    ['Application Reliability Engineer - Billing', 'application reliability software engineer'],
    ['Escalation Engineer', 'technical support engineer'],
    ['Senior Computer Vision Engineer (Portugal-based)', 'computer vision software engineer'],
    ['Bookseller', 'bookstore sales associate'],
    // A misspelled job word is read as the word it means.
    ['Claims Service Manger', 'claims service manager'],
    ['Sales Associte', 'sales associate'],
    // The last of a list of roles opens with its conjunction; it was the head for being no bare job word.
    ['Lecturer, Chef Instructor, Researcher, and Recruiter', 'chef instructor'],
    ['Head, Clinical Development Operations', 'clinical research operations director'],
    ['Telecommunications Sector | Quality Assurance Engineer', 'software quality assurance engineer'],
    ['(Senior) QA Engineer', 'software quality assurance engineer'],
    ['QA Analyst', 'software quality assurance analyst'],
    ['Software QA Engineer', 'software quality assurance engineer'],
    ['Senior Fullstack Engineer (m/f/d)', 'full stack software engineer'],
    ['Quality Engineer I', 'software quality assurance engineer'],
    ['Mobile Engineer', 'mobile software engineer'],
    ['Senior Database Reliability Engineer', 'database reliability software engineer'],
    ['Alternance - Développeur/se FrontEnd React JS - Limonest', 'developer frontend react js'],
    ['📱Senior Frontend Engineer (f/m/d) - Remote', 'frontend engineer'],
    // "in Test" is what the engineer does, not where: O*NET's software test engineers.
    ['Senior Software Development Engineer in Test', 'software test engineer'],
    ['SDET', 'software test engineer'],
    // Commercial titles: business development, pre-sales, developer marketing, customer service.
    ['Partner Development Manager', 'sales manager'],
    ['Director of Business Development', 'sales director'],
    ['Director, Business Development', 'sales director'],
    ['VP of Business Development', 'vice president of sales'],
    ['Inside Channel Development Representative', 'inside sales development representative'],
    ['Lead Development Rep (Contract)', 'sales development representative'],
    ['Senior Solutions Engineer', 'sales engineer'],
    ['Head of Developer Relations', 'developer marketing director'],
    ['Customer Success Specialist (Technical) - Remote', 'customer service representative'],
    ['Software Development Manager', 'software development manager'],
    ['Learning & Development Consultant', 'training and development specialist'],
    ['Ingénieur Génie électrique H/F', 'electrical engineer'],
    ['SOCIAL MEDIA COORDINATOR', 'social media specialist'],
    ['Technical Lead (BEL)', 'lead software engineer'],
    ['C# Technical Lead', 'c# lead software engineer'],
    ['SENIOR ACCOUNT EXECUTIVE', 'sales account executive'],
    ['GRADUATE ENGINEER', 'engineer'],
    ['Graduate Research Assistant', 'graduate research assistant'],
    ['Advertising Account Executive', 'advertising account executive'],
    // A program is what the job belongs to; the role names the job.
    ['Binance Accelerator Program - Java Developer (Risk)', 'java developer'],
    ['Social Media Content Creator', 'social media specialist'],
    // Operating-system and server engineers administer systems; identity and privacy engineers secure them.
    ['Windows Engineer', 'systems administrator engineer'],
    ['Linux Systems Engineer', 'systems administrator engineer'],
    ['IAM Engineer', 'information security engineer'],
    ['Software Implementation Consultant', 'implementation consultant'],
    ['Senior Implementation Manager', 'implementation project manager'],
    ['Provider Network Development Manager', 'healthcare network development manager'],
    ['Partner Development Executive', 'sales development representative'],
    ['Technical Operations Manager', 'it operations manager'],
    ['SDE II - Backend', 'software development engineer'],
    ['Senior Compiler Engineer', 'compiler software engineer'],
    ['Open Source Engineer', 'open source software engineer'],
    ['Forward Deployed Engineer - Paris', 'forward deployed software engineer'],
    ['Ingénieur Informatique Industrielle H/F', 'engineer software industrielle'],
    ['Senior Privacy Engineer', 'information security engineer'],
    // Resume headlines that O*NET's words had read as other jobs, confidently.
    ['GUEST LECTURER', 'lecturer'],
    ['ASSISTANT TO CFO', 'executive assistant'],
    ['Executive Assistant to Director of Operations & CEO', 'executive assistant'],
    ['Assistant to the Teacher', 'assistant to the teacher'],
    ['Co-Founder', 'chief executive'],
    ['CO-FOUNDER / SALES & MARKETING COORDINATOR', 'sales marketing coordinator'],
    ['ACCOMMODATION SERVICE EXECUTIVE', 'accommodation service representative'],
    ['Customer Care Executive', 'customer service representative'],
    ['ADMISSIONS EXECUTIVE', 'admissions representative'],
    ['Marketing Executive', 'marketing executive'],
    ['COMMISSION SPECIALIST', 'sales compensation specialist'],
    ['NON COMMISSIONED SECURITY OFFICER', 'unarmed security officer'],
    ['PARTNER ACCOUNT MANAGER', 'sales account manager'],
    ['INDEPENDENT DESIGNER', 'designer'],
    ['Independent Sales Associate', 'independent sales associate'],
    ['HYDROBLASTING TECHNICIAN 1', 'pressure washer technician'],
    ['AUTOMOBILE TRANSPORTER', 'auto transport driver'],
    ['LICENSE CONTRACTOR', 'general contractor'],
    ['BI TEACHER', 'bilingual teacher'],
    ['BI Analyst', 'bi analyst'],
    ['POLICY SERVICE SPECIALIST III', 'insurance policy processing clerk'],
    ['Policy Analyst', 'policy analyst'],
    ['GEEK SQUAD AGENT', 'computer support technician'],
    ['Geek Squad Advanced Repair Agent', 'computer support technician'],
    ['MOVER', 'furniture mover'],
    ['Machinery Mover', 'machinery mover'],
    ['SIMULATOR TECHNICIAN', 'simulator avionics technician'],
    ['AVIATION FUEL QUALITY CONTROL SPECIALIST', 'aircraft fueler quality control specialist'],
    ['READING, SPEECH & LANGUAGE ARTS TEACHER', 'language arts teacher'],
    ['Speech-Language Pathologist', 'speech language pathologist'],
    ['PHYSICAL THERAPIST TECHNICIAN', 'physical therapy technician'],
    ['OPERATIONS TECHNICIAN 1', 'production technician'],
    ['PURCHASER / PRODUCTION COORDINATOR', 'production planning coordinator'],
    // An arrangement after a job that names the work is not the job; after a field it stays.
    ['PRODUCTION ASSISTANT INTERN', 'production assistant'],
    ['CARPENTER APPRENTICE', 'carpenter'],
    ['PUBLIC RELATIONS INTERN', 'public relations intern'],
    ['SENIOR STUDENT ACCOUNTS OFFICER', 'student accounts officer'],
    ['SUBSTITUTE PARA PROFESSIONAL', 'substitute paraprofessional'],
  ])('%s → %s', (raw, cleaned) => {
    expect(cleanTitle(raw).text).toBe(cleaned);
  });

  it('keeps what it set aside', () => {
    expect(cleanTitle('Senior Full Stack Engineer - Creatives Library').dropped).toEqual(['Creatives Library']);
  });

  it('translates only French titles for words that are also English', () => {
    expect(cleanTitle('Commercial Robotique Médicale (H/F)').text).toBe('sales representative robotique medicale');
    expect(cleanTitle('Commercial Director - EMEA').text).toBe('commercial director');
  });
});

describe('titles that name no work', () => {
  it.each([
    ['MANAGER', 'rank'],
    ['Team Lead', 'rank'],
    // A rank over a shift or a crew is a first-line supervisor's.
    ['SHIFT SUPERVISOR', 'shift'],
    ['Crew Leader', 'shift'],
    ['INTERN', 'arrangement'],
    // "Full time" written apart is a level word as "fulltime" is.
    ['FULL TIME STUDENT/INTERN', 'arrangement'],
    ['CONSULTANT', 'role'],
    // Operations, production and research of whatever the employer does.
    ['OPERATIONS COORDINATOR', 'role'],
    ['OPERATIONS TECHNICIAN 1', null],
    ['Production Coordinator', 'role'],
    ['Research Associate', 'research'],
    ['RESEARCH SCIENTIST', 'research'],
    ['Research Coordinator', 'role'],
    ['Operations Supervisor', 'rank'],
    ['Operations Manager', null],
    ['Production Associate', null],
    ['Production Assistant', null],
    ['Clinical Research Coordinator', null],
    // An engineer of a field the title leaves out: the document's skills choose it.
    ['Member of Technical Staff', 'role'],
  ])('%s → %s', (raw, kind) => {
    expect(bareTitle(raw)).toBe(kind);
  });
});
