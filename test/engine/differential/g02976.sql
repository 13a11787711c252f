BEGIN ISOLATION LEVEL SERIALIZABLE;
CREATe taBle APp."Mixed Case" (id BIgINt PriMaRy Key, a tiMEStAmp, b INtEger, STatUS STatUs, A SEriAL) ;
create index iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii on t (a);
SeLeCt 'OWNER'::"User Role"