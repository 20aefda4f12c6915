create schema ${db.name};
