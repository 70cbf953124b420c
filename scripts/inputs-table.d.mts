export function inputsTables(actionYml: string): string;
export function readmeTables(readme: string): string;
