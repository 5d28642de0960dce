metadata name = 'TechRoute identity'
metadata description = 'User-assigned managed identity that the Function App runs as and that Cosmos DB uses to reach its customer-managed key.'

@description('Required. Name of the user-assigned managed identity.')
param name string

@description('Optional. Azure region of the identity.')
param location string = resourceGroup().location

@description('Optional. Tags applied to the identity.')
param tags { *: string } = {}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

@description('Resource id of the identity.')
output resourceId string = identity.id

@description('Name of the identity.')
output name string = identity.name

@description('Client (application) id of the identity, the value of AZURE_CLIENT_ID and of every `__clientId` connection setting.')
output clientId string = identity.properties.clientId

@description('Object (principal) id of the identity, the principal of every role assignment.')
output principalId string = identity.properties.principalId
