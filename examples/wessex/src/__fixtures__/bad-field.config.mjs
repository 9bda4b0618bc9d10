export default { instance: 'ahsn-wessex', port: 'eighty', plugins: [] };
