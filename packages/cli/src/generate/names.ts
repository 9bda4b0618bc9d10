import type { EthnicGroup } from '@tessera/core';
import type { Prng } from './prng.js';

/**
 * Plausible names for generated people, by broad ethnic group so that a name and a recorded
 * ethnicity do not contradict each other. Invented people: any likeness is chance.
 */
interface NamePool {
  female: readonly string[];
  male: readonly string[];
  family: readonly string[];
}

const WHITE: NamePool = {
  female: ['Olivia', 'Emily', 'Sophie', 'Jessica', 'Charlotte', 'Hannah', 'Lucy', 'Amy', 'Sarah', 'Rebecca', 'Laura', 'Claire', 'Helen', 'Rachel', 'Emma', 'Katherine', 'Joanne', 'Nicola', 'Karen', 'Susan', 'Julie', 'Alison', 'Fiona', 'Gemma', 'Victoria', 'Louise', 'Zoe', 'Anna', 'Eleanor', 'Grace', 'Siobhan', 'Aoife', 'Magdalena', 'Agnieszka', 'Maria', 'Ewa'],
  male: ['Oliver', 'Jack', 'Thomas', 'James', 'William', 'Daniel', 'Matthew', 'Andrew', 'David', 'Richard', 'Mark', 'Paul', 'Simon', 'Stephen', 'Christopher', 'Michael', 'Robert', 'Peter', 'John', 'Gareth', 'Neil', 'Ian', 'Graham', 'Adam', 'Luke', 'Samuel', 'Benjamin', 'Joseph', 'Liam', 'Ciaran', 'Piotr', 'Tomasz', 'Marco'],
  family: ['Smith', 'Jones', 'Williams', 'Taylor', 'Brown', 'Davies', 'Evans', 'Wilson', 'Thomas', 'Johnson', 'Roberts', 'Robinson', 'Thompson', 'Wright', 'Walker', 'White', 'Edwards', 'Hughes', 'Green', 'Hall', 'Lewis', 'Harris', 'Clarke', 'Patel', 'Jackson', 'Wood', 'Turner', 'Martin', 'Cooper', 'Hill', 'Ward', 'Morris', 'Moore', 'Clark', 'Lee', 'King', 'Baker', 'Harrison', 'Morgan', 'Allen', 'James', 'Scott', 'Phillips', 'Watson', 'Davis', 'Parker', 'Price', 'Bennett', 'Young', 'Griffiths', 'Mitchell', 'Kelly', 'Cook', 'Carter', 'Richardson', 'Bailey', 'Collins', 'Bell', 'Shaw', 'Murphy', "O'Brien", 'Kowalski', 'Nowak'],
};

const ASIAN: NamePool = {
  female: ['Priya', 'Anjali', 'Sunita', 'Nisha', 'Kiran', 'Aisha', 'Fatima', 'Ayesha', 'Shabana', 'Nasreen', 'Farzana', 'Rupa', 'Meera', 'Harpreet', 'Jaspreet', 'Mei', 'Li', 'Ying', 'Deepa', 'Sana'],
  male: ['Raj', 'Sanjay', 'Amit', 'Vikram', 'Arjun', 'Mohammed', 'Imran', 'Asif', 'Tariq', 'Kamran', 'Rahul', 'Sunil', 'Harjit', 'Gurpreet', 'Wei', 'Jun', 'Hamza', 'Bilal', 'Ravi', 'Anil'],
  family: ['Patel', 'Shah', 'Khan', 'Ahmed', 'Ali', 'Hussain', 'Begum', 'Rahman', 'Singh', 'Kaur', 'Sharma', 'Gupta', 'Mistry', 'Chowdhury', 'Iqbal', 'Malik', 'Chen', 'Wong', 'Li', 'Desai', 'Joshi', 'Kumar', 'Mehta', 'Islam'],
};

const BLACK: NamePool = {
  female: ['Grace', 'Blessing', 'Chiamaka', 'Adaeze', 'Folake', 'Abena', 'Ama', 'Keisha', 'Shanice', 'Precious', 'Funmilayo', 'Nkechi', 'Marcia', 'Janelle', 'Esther', 'Ruth'],
  male: ['Kwame', 'Kofi', 'Emeka', 'Chinedu', 'Oluwaseun', 'Tunde', 'Femi', 'Marcus', 'Tyrone', 'Delroy', 'Samuel', 'Daniel', 'Joseph', 'Yaw', 'Abdi', 'Mohamed'],
  family: ['Okafor', 'Adeyemi', 'Mensah', 'Boateng', 'Okoye', 'Adebayo', 'Osei', 'Campbell', 'Brown', 'Williams', 'Johnson', 'Francis', 'Thomas', 'Asante', 'Nwosu', 'Ogunleye', 'Hassan', 'Farah', 'Grant', 'Henry'],
};

const OTHER: NamePool = {
  female: ['Layla', 'Yasmin', 'Nadia', 'Leila', 'Mariam', 'Sofia', 'Maya', 'Ana', 'Isabel', 'Hana'],
  male: ['Omar', 'Karim', 'Youssef', 'Ahmad', 'Carlos', 'Luis', 'Hiroshi', 'Ali', 'Daniel', 'Adam'],
  family: ['Haddad', 'Khalil', 'Nasser', 'Saleh', 'Garcia', 'Rodriguez', 'Santos', 'Tanaka', 'Nguyen', 'Kim', 'Rossi', 'Silva'],
};

const POOLS: Record<EthnicGroup, readonly NamePool[]> = {
  white: [WHITE],
  asian: [ASIAN],
  black: [BLACK],
  mixed: [WHITE, BLACK, ASIAN],
  other: [OTHER, ASIAN],
  not_stated: [WHITE, WHITE, WHITE, ASIAN, BLACK, OTHER],
};

/** A person's given and family name. `sex` other than female/male draws from both lists. */
export function personName(rng: Prng, sex: string, group: EthnicGroup = 'not_stated'): { given: string; family: string; full: string } {
  const pool = rng.pick(POOLS[group]);
  const given = rng.pick(sex === 'female' ? pool.female : sex === 'male' ? pool.male : rng.chance(0.5) ? pool.female : pool.male);
  // a family name from another pool sometimes (marriage, heritage)
  const family = rng.pick(rng.chance(0.15) ? rng.pick([WHITE, ASIAN, BLACK, OTHER]).family : pool.family);
  return { given, family, full: `${given} ${family}` };
}

/** A work email in the NHS style, `given.family<n>@nhs.net`. */
export function workEmail(rng: Prng, name: { given: string; family: string }): string {
  const local = `${name.given}.${name.family}`.toLowerCase().replace(/[^a-z.]/g, '');
  return `${local}${rng.chance(0.4) ? rng.int(1, 99) : ''}@nhs.net`;
}
